namespace ChannelManagerDashboard.Domain.Common;

/// <summary>The "--name value" pairs of a headless command, each name one the command knows.</summary>
public static class CommandLineValues
{
    /// <returns>The values by option name; or null with what is wrong.</returns>
    public static (Dictionary<string, string>? Values, string? Error) Read(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!known.Contains(args[i]))
                return (null, $"unknown option {args[i]}. Run with --help for the options.");
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                return (null, $"{args[i]} needs a value.");
            values[args[i]] = args[++i];
        }
        return (values, null);
    }
}
