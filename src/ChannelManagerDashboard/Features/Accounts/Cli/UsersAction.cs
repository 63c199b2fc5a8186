using System.CommandLine;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Accounts.Cli;

/// <summary>An action of the <c>users</c> command and the options it takes, as README and --help list them.</summary>
public sealed record UsersAction(string Name, string Description, string[] Required, string[] Optional)
{
    public static IReadOnlyList<UsersAction> All { get; } =
    [
        new("add", "Adds an account that can sign in at once with its role.", ["--email", "--password", "--role"], ["--team"]),
        new("list", "Lists every account: email, role, state, how it signs in, teams.", [], []),
        new("remove", "Removes an account.", ["--email"], []),
        new("reset-password", "Sets a new password and ends every session of the account.", ["--email", "--password"], []),
        new("sign-out", "Ends every session of the account at once, in every browser.", ["--email"], []),
    ];

    private static readonly Dictionary<string, (string Value, string Description)> Help = new()
    {
        ["--email"] = ("E", "The account's email address."),
        ["--password"] = ("P", "The password; - reads it from the first line of standard input, so it stays out of the shell history."),
        ["--role"] = ("Owner|Member|Viewer", "The role the account has in its team."),
        ["--team"] = ("T", "The team the account joins with its role (default: the default team, the oldest one)."),
    };

    /// <summary>"--email, --password, --role, --team"; "no options" for list.</summary>
    public string Takes => Required.Length + Optional.Length == 0 ? "no options" : string.Join(", ", Required.Concat(Optional));

    public IEnumerable<Option> Options() => Required.Concat(Optional).Select(name => new Option<string>(name)
    {
        HelpName = Help[name].Value,
        Description = Help[name].Description + (Required.Contains(name) ? " Required." : ""),
    });

    /// <returns>The options, or which one is missing.</returns>
    public Result<UsersOptions> Read(ParseResult parsed, TextReader input)
    {
        var values = Required.Concat(Optional).ToDictionary(name => name, name => parsed.GetValue<string>(name));
        if (Required.FirstOrDefault(name => values[name] is null) is { } missing)
            return Result.Invalid(missing, $"{Name} needs {missing}.").As<UsersOptions>();
        if (values.GetValueOrDefault("--password") == "-")
            values["--password"] = input.ReadLine() ?? "";
        return Result.Of(new UsersOptions(Name, values.GetValueOrDefault("--email") ?? "", values.GetValueOrDefault("--password") ?? "",
            values.GetValueOrDefault("--role") ?? "", values.GetValueOrDefault("--team")));
    }
}
