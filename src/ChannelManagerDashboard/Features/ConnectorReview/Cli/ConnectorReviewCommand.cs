using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Hosting.Commands;

namespace ChannelManagerDashboard.Features.ConnectorReview.Cli;

/// <summary><c>connector-review</c>: a Connector API run log scored by S1–S9, for a partner's CI.</summary>
public static class ConnectorReviewCommand
{
    public const string Name = "connector-review";
    public const int Passed = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    private const string Notes = "Exit codes: 0 every check passes, 1 a check fails, 2 bad usage or an unreadable log.";

    public static UsageCommand Create(CommandConsole console)
    {
        var line = new ConnectorReviewOptions.CommandLine();
        return new UsageCommand(Name, "Reviews a Connector API run log by checks S1–S9, the way a Mews certification reviewer reads it, offline: no app, no database.", Name, Notes, line.Options)
            .Runs(console.Errors, line.Read, (services, _) => services.AddConnectorReview(), (options, host, _) => RunAsync(options, host.Services.GetRequiredService<ConnectorCatalog>(), console.Output, console.Errors));
    }

    private static async Task<int> RunAsync(ConnectorReviewOptions options, ConnectorCatalog catalog, TextWriter output, TextWriter errors)
    {
        var declaredText = CommandInputs.Read(options.DeclaredPath, "--declared");
        if (declaredText.Value is null)
            return await FailAsync(errors, declaredText.Message);
        var parsed = DeclaredWorkflow.Parse(declaredText.Value, catalog);
        if (parsed.Value is not { } declared)
            return await FailAsync(errors, $"--declared: {parsed.Message}");

        ReviewReport report;
        try
        {
            await using var stream = File.OpenRead(options.LogPath);
            report = ConnectorReviewer.Review(ConnectorLog.Read(stream, options.Format), catalog, declared);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(errors, $"--log: {options.LogPath} cannot be read ({ex.Message}).");
        }
        if (report.Requests == 0)
        {
            var why = report.FirstBadLines.FirstOrDefault() is { } first ? " " + first.Describe() : "";
            return await FailAsync(errors, $"--log: {options.LogPath} holds no call readable as {options.Format}.{why}");
        }

        if (options.JsonPath is not null)
        {
            try
            {
                await File.WriteAllTextAsync(options.JsonPath, ReviewJson.Write(report));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await FailAsync(errors, $"--json: {options.JsonPath} cannot be written ({ex.Message}). Choose a writable path.");
            }
        }
        await WriteSummaryAsync(report, output);
        return report.Passed ? Passed : Failed;
    }

    private static async Task WriteSummaryAsync(ReviewReport report, TextWriter output)
    {
        await output.WriteLineAsync($"{Counted.Of(report.Requests, "call")} reviewed{(report.BadLines > 0 ? $", {Counted.Of(report.BadLines, "bad line")} left out" : "")}.");
        foreach (var line in report.FirstBadLines.Take(10))
            await output.WriteLineAsync($"  line {line.Line}: {line.Problem}");
        foreach (var check in report.Checks)
        {
            await output.WriteLineAsync($"{check.Id} {check.Title}: {(check.Passed ? "passed" : "failed")}{(check.Heuristic ? " (our heuristic)" : "")}");
            foreach (var finding in check.Findings)
                await output.WriteLineAsync($"  - {finding.Message}{(finding.Requests.Count > 0 ? $" [calls {string.Join(", ", finding.Requests)}]" : "")}");
        }
        await output.WriteLineAsync(report.Passed ? "Every check passed." : $"{Counted.Of(report.Checks.Count(c => !c.Passed), "check")} failed.");
    }

    private static async Task<int> FailAsync(TextWriter errors, string message)
    {
        await errors.WriteLineAsync($"connector-review: {message}");
        return BadUsage;
    }
}
