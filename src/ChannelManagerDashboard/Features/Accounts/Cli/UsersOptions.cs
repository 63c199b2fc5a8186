namespace ChannelManagerDashboard.Features.Accounts.Cli;

/// <summary>What <c>users</c> was asked to do, read from its arguments.</summary>
/// <param name="Team">The team a new account joins; null for the default team.</param>
public sealed record UsersOptions(string Action, string Email, string Password, string Role, string? Team = null)
{
    public const string Usage = """
        Usage: dotnet run --project src/ChannelManagerDashboard -- users <action> [options]

          users add --email E --password P --role Owner|Member|Viewer [--team T]
          users list
          users remove --email E
          users reset-password --email E --password P
          users sign-out --email E      ends every session of the account at once, in every browser

        --team names the team the account joins with its role (default: the default team, the oldest one).
        --password - reads the password from the first line of standard input, so it stays out of the shell history.
        The command uses the app's data folder and configuration (appsettings.json, Dashboard__DataFolder, ...).
        Exit codes: 0 done, 2 bad input (the message says what), 1 the database could not be opened or written.
        """;

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["add"] = ["--email", "--password", "--role"],
        ["list"] = [],
        ["remove"] = ["--email"],
        ["reset-password"] = ["--email", "--password"],
        ["sign-out"] = ["--email"],
    };

    private static readonly Dictionary<string, string[]> Optional = new() { ["add"] = ["--team"] };

    /// <returns>The options, or null with what is wrong (null error too: help was asked for).</returns>
    public static (UsersOptions? Options, string? Error) Parse(IReadOnlyList<string> args, TextReader input)
    {
        if (args is [] )
            return (null, "say what to do: add, list, remove, reset-password or sign-out.\n\n" + Usage);
        if (args[0] is "--help" or "-h" or "help")
            return (null, null);
        if (!Required.TryGetValue(args[0], out var required))
            return (null, $"there is no action \"{args[0]}\". Use add, list, remove, reset-password or sign-out.\n\n" + Usage);

        var values = new Dictionary<string, string>();
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            var optional = Optional.GetValueOrDefault(args[0], []);
            if (!required.Contains(name) && !optional.Contains(name))
                return (null, $"{args[0]} does not take {name}. It takes {(required.Length + optional.Length == 0 ? "no options" : string.Join(", ", required.Concat(optional)))}.");
            if (i + 1 >= args.Count)
                return (null, $"{name} needs a value.");
            values[name] = args[++i];
        }
        if (required.FirstOrDefault(r => !values.ContainsKey(r)) is { } missing)
            return (null, $"{args[0]} needs {missing}.");
        if (values.GetValueOrDefault("--password") == "-")
            values["--password"] = input.ReadLine() ?? "";
        return (new UsersOptions(args[0], values.GetValueOrDefault("--email", ""), values.GetValueOrDefault("--password", ""), values.GetValueOrDefault("--role", ""), values.GetValueOrDefault("--team")), null);
    }
}
