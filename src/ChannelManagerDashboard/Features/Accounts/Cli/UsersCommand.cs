using System.Data.Common;
using System.CommandLine;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Hosting.Commands;

namespace ChannelManagerDashboard.Features.Accounts.Cli;

/// <summary>
/// <c>users</c>: accounts for headless and Docker set-ups, on the same data folder and configuration as the app.
/// </summary>
public static class UsersCommand
{
    public const string Name = "users";
    public const int Done = 0;
    public const int Broken = 1;
    public const int BadInput = 2;

    private const string Notes = """
        The command uses the app's data folder and configuration (appsettings.json, Dashboard__DataFolder, ...).
        Exit codes: 0 done, 2 bad input (the message says what), 1 the database could not be opened or written.
        """;

    private const string Choose = "add, list, remove, reset-password or sign-out";

    public static UsageCommand Create(CommandConsole console)
    {
        var users = new UsageCommand(Name, "Manages the accounts without a browser, on the same data folder and configuration as the app.", Name, Notes, [])
        {
            UnknownOption = NoSuchAction,
            UnexpectedArgument = NoSuchAction,
            NoAction = $"say what to do: {Choose}.",
        };
        foreach (var action in UsersAction.All)
        {
            users.Subcommands.Add(new UsageCommand(action.Name, action.Description, Name, Notes, action.Options())
            {
                UnknownOption = token => $"{action.Name} does not take {token}. It takes {action.Takes}.",
                UnexpectedArgument = token => $"{action.Name} does not take {token}. It takes {action.Takes}.",
                ValueMayStartWithDashes = true,
            }.Runs(console.Errors, parsed => action.Read(parsed, console.Input), DashboardHost.AllFeatures, (options, app, _) => RunAsync(options, app, console)));
        }
        // "users help" is how the hand-written parser spelled --help.
        var help = new Command("help") { Hidden = true };
        help.SetAction(parsed => parsed.RootCommandResult.Command.Parse([Name, "--help"]).Invoke(parsed.InvocationConfiguration));
        users.Subcommands.Add(help);
        return users;
    }

    private static string NoSuchAction(string action) => $"there is no action \"{action}\". Use {Choose}.";

    private static async Task<int> RunAsync(UsersOptions options, IHost app, CommandConsole console)
    {
        try
        {
            await app.PrepareDatabaseAsync();
            await using var scope = app.Services.CreateAsyncScope();
            return await RunAsync(options, scope.ServiceProvider, console.Output, console.Errors);
        }
        catch (Exception ex) when (ex is DataFolderException or DatabaseSettingsException)
        {
            await console.Errors.WriteLineAsync($"users: {ex.Message}");
            return Broken;
        }
        catch (DbException ex)
        {
            await console.Errors.WriteLineAsync($"users: the database could not be opened or written ({ex.Message}). Check Database:Provider and ConnectionStrings:Dashboard; for SQLite, the data folder and its free space.");
            return Broken;
        }
    }

    private static async Task<int> RunAsync(UsersOptions options, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        if (options.Action == "list")
        {
            var rows = await services.GetRequiredService<AccountDirectory>().ListAsync();
            foreach (var row in rows)
                await output.WriteLineAsync($"{row.Email}\t{row.Role}\t{(row.Invited ? "invited" : row.LockedOutUntil is { } until ? $"locked until {until:u}" : "active")}\t{(row.TwoFactor ? "2FA" : "password")}\t{(row.Teams.Length > 0 ? row.Teams : "no team")}");
            await output.WriteLineAsync($"{Counted.Of(rows.Count, "account")}");
            return Done;
        }
        var result = options.Action switch
        {
            "add" => await services.GetRequiredService<NewAccounts>().AddAsync(options.Email, options.Password, options.Role, "users add", options.Team),
            "remove" => await services.GetRequiredService<AccountChanges>().RemoveAsync(options.Email),
            "sign-out" => await services.GetRequiredService<AccountChanges>().EndSessionsAsync(options.Email, "signed out everywhere by the users command"),
            _ => await services.GetRequiredService<AccountChanges>().ResetPasswordAsync(options.Email, options.Password),
        };
        if (!result.Succeeded)
        {
            await errors.WriteLineAsync($"users: {result.Message}");
            return result.Kind == ResultKind.Failed ? Broken : BadInput;
        }
        await output.WriteLineAsync(result.Notices.Count > 0 ? string.Join(" ", result.Notices) : "Done.");
        return Done;
    }
}
