using System.CommandLine;
using System.CommandLine.Parsing;

namespace ChannelManagerDashboard.Hosting.Commands;

/// <summary>
/// A command that says in its own words what is wrong with a command line it cannot run (exit code 2), as it did before
/// System.CommandLine read its options, so CI logs and scripts that look for those words keep working.
/// </summary>
/// <param name="prefix">What starts each message: the command's name (a users action's messages start with "users").</param>
/// <param name="notes">Printed after the help: the exit codes and what the options alone do not tell.</param>
public class UsageCommand(string name, string description, string prefix, string notes) : Command(name, description)
{
    public const int BadUsage = 2;

    public string Prefix => prefix;

    public string Notes => notes;

    public Func<string, string> UnknownOption { get; init; } = option => $"unknown option {option}. Run with --help for the options.";

    public Func<string, string> UnexpectedArgument { get; init; } = argument => $"unknown option {argument}. Run with --help for the options.";

    public Func<string, string> NeedsValue { get; init; } = option => $"{option} needs a value.";

    /// <summary>Whether a value may start with "--" (a password may); otherwise "--json --colour" lacks a value for --json.</summary>
    public bool ValueMayStartWithDashes { get; init; }

    /// <summary>For a group of actions given none.</summary>
    public string? NoAction { get; init; }

    /// <returns>The first thing wrong with the command line, or null when nothing is.</returns>
    public string? Problem(ParseResult parsed)
    {
        foreach (var option in parsed.CommandResult.Children.OfType<OptionResult>())
        {
            if (!option.Implicit && option.Option.Arity.MinimumNumberOfValues > 0
                && (option.Tokens.Count == 0 || !ValueMayStartWithDashes && option.Tokens[0].Value.StartsWith("--", StringComparison.Ordinal)))
                return NeedsValue(option.IdentifierToken?.Value ?? option.Option.Name);
        }
        if (parsed.UnmatchedTokens is [var token, ..])
            return token.StartsWith("--", StringComparison.Ordinal) ? UnknownOption(token) : UnexpectedArgument(token);
        if (Subcommands.Count > 0 && NoAction is not null)
            return NoAction;
        return parsed.Errors is [var error, ..] ? error.Message : null;
    }
}
