using System.CommandLine;
using System.CommandLine.Parsing;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Hosting.Commands;

/// <summary>
/// A command that says in its own words what is wrong with a command line it cannot run (exit code 2), as it did before
/// System.CommandLine read its options, so CI logs and scripts that look for those words keep working.
/// </summary>
public class UsageCommand : Command
{
    public const int BadUsage = 2;

    private readonly string prefix;
    private readonly string notes;

    public UsageCommand(string name, string description, string prefix, string notes, IEnumerable<Option> options) : base(name, description)
    {
        (this.prefix, this.notes) = (prefix, notes);
        foreach (var option in options)
            Options.Add(option);
    }

    /// <summary>What starts each message: the command's name (a users action's messages start with "users").</summary>
    public string Prefix => prefix;

    /// <summary>Printed after the help: the exit codes and what the options alone do not tell.</summary>
    public string Notes => notes;

    public Func<string, string> UnknownOption { get; init; } = option => $"unknown option {option}. Run with --help for the options.";

    public Func<string, string> UnexpectedArgument { get; init; } = argument => $"unknown option {argument}. Run with --help for the options.";

    public Func<string, string> NeedsValue { get; init; } = option => $"{option} needs a value.";

    /// <summary>Whether a value may start with "--" (a password may); otherwise "--json --colour" lacks a value for --json.</summary>
    public bool ValueMayStartWithDashes { get; init; }

    /// <summary>For a group of actions given none.</summary>
    public string? NoAction { get; init; }

    /// <summary>
    /// Runs <paramref name="run"/> on the app's host (<see cref="DashboardHost.BuildForCommand"/>) with what <paramref name="read"/>
    /// made of the options, or says what is wrong with them and ends with <see cref="BadUsage"/>.
    /// </summary>
    /// <param name="features">The features the command uses, e.g. <c>(services, _) =&gt; services.AddMewsSimulator()</c>.</param>
    public UsageCommand Runs<T>(TextWriter errors, Func<ParseResult, Result<T>> read, Func<IServiceCollection, IConfiguration, IServiceCollection> features,
        Func<T, IHost, CancellationToken, Task<int>> run)
    {
        SetAction(async (parsed, cancellation) =>
        {
            var options = read(parsed);
            if (options.Value is not { } given)
            {
                await errors.WriteLineAsync($"{prefix}: {options.Message}");
                return BadUsage;
            }
            using var host = DashboardHost.BuildForCommand(features);
            return await run(given, host, cancellation);
        });
        return this;
    }

    /// <returns>Ok, or invalid with the first thing wrong with the command line.</returns>
    public Result CheckUsage(ParseResult parsed)
    {
        foreach (var option in parsed.CommandResult.Children.OfType<OptionResult>())
        {
            if (!option.Implicit && option.Option.Arity.MinimumNumberOfValues > 0
                && (option.Tokens.Count == 0 || !ValueMayStartWithDashes && option.Tokens[0].Value.StartsWith("--", StringComparison.Ordinal)))
                return Wrong(NeedsValue(option.IdentifierToken?.Value ?? option.Option.Name));
        }
        if (parsed.UnmatchedTokens is [var token, ..])
            return Wrong(token.StartsWith("--", StringComparison.Ordinal) ? UnknownOption(token) : UnexpectedArgument(token));
        if (Subcommands.Count > 0 && NoAction is not null)
            return Wrong(NoAction);
        return parsed.Errors is [var error, ..] ? Wrong(error.Message) : Result.Ok();
    }

    private static Result Wrong(string problem) => Result.Invalid(Result.Whole, problem);
}
