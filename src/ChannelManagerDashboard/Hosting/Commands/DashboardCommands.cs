using System.CommandLine;
using System.CommandLine.Help;
using ChannelManagerDashboard.Data.Moving;
using ChannelManagerDashboard.Features.Accounts.Cli;
using ChannelManagerDashboard.Features.ConnectorReview.Cli;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Features.Reservations.Cli;

namespace ChannelManagerDashboard.Hosting.Commands;

/// <summary>
/// The app's commands (certify, reservation-check, connector-review, users, migrate-data): the first argument names one, otherwise
/// the app starts its web server. Each runs on the app's own configuration and the services of the features it uses (<see cref="DashboardHost.BuildForCommand"/>).
/// </summary>
public static class DashboardCommands
{
    private static readonly Dictionary<string, Func<CommandConsole, UsageCommand>> Commands = new(StringComparer.Ordinal)
    {
        [CertifyCommand.Name] = CertifyCommand.Create,
        [ReservationCheckCommand.Name] = ReservationCheckCommand.Create,
        [ConnectorReviewCommand.Name] = ConnectorReviewCommand.Create,
        [UsersCommand.Name] = UsersCommand.Create,
        [MigrateDataCommand.Name] = MigrateDataCommand.Create,
    };

    public static bool Handles(string[] args) => args is [var first, ..] && Commands.ContainsKey(first);

    /// <summary>On the process's console; Ctrl+C cancels the command, which ends as it documents (certify still writes its reports).</summary>
    public static Task<int> RunAsync(string[] args) =>
        InvokeAsync(args, CommandConsole.Standard, new InvocationConfiguration { Output = Console.Out, Error = Console.Error }, CancellationToken.None);

    /// <summary>In this process, e.g. from a test: <paramref name="cancellation"/> stands for Ctrl+C.</summary>
    public static Task<int> InvokeAsync(string[] args, CommandConsole console, CancellationToken cancellation) =>
        InvokeAsync(args, console, new InvocationConfiguration { Output = console.Output, Error = console.Errors, ProcessTerminationTimeout = null }, cancellation);

    private static async Task<int> InvokeAsync(string[] args, CommandConsole console, InvocationConfiguration invocation, CancellationToken cancellation)
    {
        // Only the named command is built: the others' options would cost every run time and are never parsed.
        var root = new RootCommand("Channel Manager Dashboard: without a command it starts the web app.") { Commands[args[0]](console) };
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes((HelpAction)help.Action!);
        // "@file" stays a file name rather than a file of arguments, as before.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is not HelpWithNotes && parsed.CommandResult.Command is UsageCommand command && command.CheckUsage(parsed) is { Succeeded: false } refused)
        {
            await console.Errors.WriteLineAsync($"{command.Prefix}: {refused.Message}");
            // A group (users) given no action it knows lists the ones it has.
            if (command.Subcommands.Count > 0)
                root.Parse([command.Name, "--help"]).Invoke(new InvocationConfiguration { Output = console.Errors });
            return UsageCommand.BadUsage;
        }
        return await parsed.InvokeAsync(invocation, cancellation);
    }

    /// <summary>The help System.CommandLine writes, then the command's notes (its exit codes).</summary>
    private sealed class HelpWithNotes(HelpAction help) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = help.Invoke(parseResult);
            if (parseResult.CommandResult.Command is UsageCommand { Notes.Length: > 0 } command)
                parseResult.InvocationConfiguration.Output.WriteLine(command.Notes);
            return exit;
        }
    }
}
