using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Cli;

/// <summary>The <c>connector-review</c> command's options, exactly as README and --help list them.</summary>
public sealed record ConnectorReviewOptions(string LogPath, LogFormat Format, string DeclaredPath, string? JsonPath)
{
    public const string Usage = """
        Reviews a Connector API run log by checks S1–S9, the way a Mews certification reviewer reads it, offline: no
        app, no database.

        Usage:
          dotnet run --project src/ChannelManagerDashboard -- connector-review --log FILE --format har|jsonl|csv --declared DECLARED.json [--json report.json]

        Options:
          --log FILE                 The run's log: a HAR 1.2 export, JSON Lines (one call a line) or CSV with the same
                                     columns (timeUtc, method, url, status, durationMs, requestBody, and optionally
                                     requestId, retryAfter, contentType; JSON Lines may give the request's
                                     Content-Type in requestHeaders).
          --format har|jsonl|csv     The log's format.
          --declared DECLARED.json   The declared workflow: {"useCases":["Revenue management"],
                                     "operations":["reservations/getAll/2023-06-06", …]} (paths with or without
                                     /api/connector/v1/); an operation the reference does not document is
                                     {"operation":"…","reason":"why the flow needs it"}.
          --json report.json         Write {"calls":N,"checks":[{"id":"S1","passed":true,"findings":[…]}, …]}.
          -h, --help                 Show this help.

        Exit codes: 0 every check passes, 1 a check fails, 2 bad usage or an unreadable log.
        """;

    private static readonly string[] Known = ["--log", "--format", "--declared", "--json"];

    /// <returns>The options; or null with what is wrong; or null and no error when help was asked for.</returns>
    public static (ConnectorReviewOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args is ["-h" or "--help"])
            return (null, null);
        var (values, error) = CommandLineValues.Read(args, Known);
        if (values is null)
            return (null, error);
        if (!values.TryGetValue("--log", out var log) || !values.TryGetValue("--format", out var formatName) || !values.TryGetValue("--declared", out var declared))
            return (null, "--log, --format and --declared are required. Run with --help for the options.");
        if (ConnectorLog.ParseFormat(formatName) is not { } format)
            return (null, $"--format {formatName}: write har, jsonl or csv.");
        return (new ConnectorReviewOptions(log, format, declared, values.GetValueOrDefault("--json")), null);
    }
}
