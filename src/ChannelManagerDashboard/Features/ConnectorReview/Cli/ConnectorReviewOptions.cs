using System.CommandLine;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Cli;

/// <summary>The <c>connector-review</c> command's options, exactly as README and --help list them.</summary>
public sealed record ConnectorReviewOptions(string LogPath, LogFormat Format, string DeclaredPath, string? JsonPath)
{
    /// <summary>The options as the command line names them, with their help, and what was given read into <see cref="ConnectorReviewOptions"/>.</summary>
    public sealed class CommandLine
    {
        private readonly Option<string> log = new("--log")
        {
            HelpName = "FILE",
            Description = "The run's log: a HAR 1.2 export, JSON Lines (one call a line) or CSV with the same columns (timeUtc, method, url, status, " +
                "durationMs, requestBody, and optionally requestId, retryAfter, contentType; JSON Lines may give the request's Content-Type in " +
                "requestHeaders). Required.",
        };
        private readonly Option<string> format = new("--format") { HelpName = "har|jsonl|csv", Description = "The log's format. Required." };
        private readonly Option<string> declared = new("--declared")
        {
            HelpName = "DECLARED.json",
            Description = """The declared workflow: {"useCases":["Revenue management"],"operations":["reservations/getAll/2023-06-06", …]} (paths """ +
                """with or without /api/connector/v1/); an operation the reference does not document is {"operation":"…","reason":"why the flow """ +
                """needs it"}. Required.""",
        };
        private readonly Option<string> json = new("--json")
        {
            HelpName = "report.json",
            Description = """Write {"calls":N,"checks":[{"id":"S1","passed":true,"findings":[…]}, …]}.""",
        };

        public IEnumerable<Option> Options => [log, format, declared, json];

        public Result<ConnectorReviewOptions> Read(ParseResult parsed)
        {
            if (parsed.GetValue(log) is not { } logPath || parsed.GetValue(format) is not { } formatName || parsed.GetValue(declared) is not { } declaredPath)
                return Result.Invalid(Result.Whole, "--log, --format and --declared are required. Run with --help for the options.").As<ConnectorReviewOptions>();
            if (ConnectorLog.ParseFormat(formatName) is not { } logFormat)
                return Result.Invalid("--format", $"--format {formatName}: write har, jsonl or csv.").As<ConnectorReviewOptions>();
            return Result.Of(new ConnectorReviewOptions(logPath, logFormat, declaredPath, parsed.GetValue(json)));
        }
    }
}
