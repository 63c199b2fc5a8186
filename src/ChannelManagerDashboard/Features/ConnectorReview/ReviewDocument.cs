using System.Globalization;
using System.Text;
using ChannelManagerDashboard.Components.Reports;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The review exported like the certification report: Markdown here, the printable page in <see cref="ReviewReportDocument"/>.</summary>
public static class ReviewDocument
{
    public static string Markdown(RunReview review)
    {
        var (run, report) = (review.Run, review.Report);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Connector API review: {Md(review.ProjectName)}\n\n");
        foreach (var line in Summary(review))
            md.Append(CultureInfo.InvariantCulture, $"- {Md(line)}\n");
        md.Append('\n');
        foreach (var check in report.Checks)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {check.Id} {Md(check.Title)}: {(check.Passed ? "passed" : "failed")}{(check.Heuristic ? " (our heuristic, not a Mews rule)" : "")}\n\n");
            if (check.Findings.Count == 0)
                md.Append("No finding.\n\n");
            foreach (var finding in check.Findings)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {Md(finding.Message)}\n");
                foreach (var request in review.Named(finding))
                    md.Append(CultureInfo.InvariantCulture, $"  - call #{request.Index} {Md(request.Description)}\n");
            }
            md.Append('\n');
        }
        md.Append("## Operations used and declared\n\n| Operation | Calls | Declared | In a declared use case | Deprecated |\n|---|---|---|---|---|\n");
        foreach (var row in report.Usage)
            md.Append(CultureInfo.InvariantCulture, $"| {Md(row.Operation)} | {row.Requests} | {YesNo(row.Declared)} | {YesNo(row.InUseCase)} | {YesNo(row.Deprecated)} |\n");
        md.Append("\n## Polling frequency\n\n| Operation | Polls | Median gap | Shortest | Longest | Documented guidance |\n|---|---|---|---|---|---|\n");
        foreach (var row in report.Frequencies)
            md.Append(CultureInfo.InvariantCulture, $"| {Md(row.Operation)} | {row.Polls} | {Gap(row.Median)} | {Gap(row.Shortest)} | {Gap(row.Longest)} | {Md(row.Guidance ?? "")} |\n");
        md.Append(CultureInfo.InvariantCulture, $"\n## Busiest 30 seconds per AccessToken (limit {RateCheck.Limit})\n\n| AccessToken (hash) | Calls | From call | To call |\n|---|---|---|---|\n");
        foreach (var peak in report.Peaks)
            md.Append(CultureInfo.InvariantCulture, $"| {Md(peak.Token)} | {peak.Requests} | #{peak.FirstRequest} | #{peak.LastRequest} |\n");
        md.Append("\n## Calls per hour\n\n| Hour (UTC) | Calls | Errors |\n|---|---|---|\n");
        foreach (var (hour, requests, errors) in report.Hours())
            md.Append(CultureInfo.InvariantCulture, $"| {hour.UtcDateTime:yyyy-MM-dd HH}:00 | {requests} | {errors} |\n");
        return md.ToString();
    }

    public static string Slug(RunReview review) => $"{review.Run.ProjectId}-run-{review.Run.Id}";

    private static IEnumerable<string> Summary(RunReview review)
    {
        var report = review.Report;
        yield return $"Run: {RunLine(review)}";
        if (Period(review) is { } period)
            yield return period;
        if (report.BadLines > 0)
            yield return BadLinesLine(report);
        yield return ChecksLine(report);
        yield return HeuristicNote;
        yield return $"Generated {GeneratedLine(review)}; {RedactionNote}";
    }

    public const string HeuristicNote = "Checks marked as our heuristic, and findings that start with \"Warning (ours)\", are the dashboard's scoring, not rules Mews publishes";

    public const string RedactionNote = "tokens and card data were redacted when the calls were recorded";

    /// <summary>e.g. "Night sync (Import), 1,204 calls over 5 h 03 min".</summary>
    public static string RunLine(RunReview review) =>
        string.Create(CultureInfo.InvariantCulture, $"{review.Run.Name} ({review.Run.Source.Label()}), {review.Report.Requests:N0} calls over {(int)review.Run.Span.TotalHours} h {review.Run.Span.Minutes:00} min");

    /// <returns>"From … to … UTC", or null when the run has no request.</returns>
    public static string? Period(RunReview review) => review.Run.FirstRequestUtc is { } first && review.Run.LastRequestUtc is { } last
        ? string.Create(CultureInfo.InvariantCulture, $"From {first.UtcDateTime:yyyy-MM-dd HH:mm} to {last.UtcDateTime:yyyy-MM-dd HH:mm} UTC")
        : null;

    public static string BadLinesLine(ReviewReport report) =>
        $"{Counted.Of(report.BadLines, "bad line")} of the imported file {(report.BadLines == 1 ? "was" : "were")} left out";

    public static string ChecksLine(ReviewReport report) => $"{report.Checks.Count(c => c.Passed)} of {report.Checks.Count} checks pass";

    public static string GeneratedLine(RunReview review) => string.Create(CultureInfo.InvariantCulture, $"{review.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");

    /// <summary>A check's evidence in one line: "No finding." or "2 findings naming 5 calls".</summary>
    public static string Evidence(RunReview review, CheckVerdict check)
    {
        if (check.Findings.Count == 0)
            return "No finding.";
        var requests = check.Findings.SelectMany(review.Named).Select(c => c.Index).Distinct().Count();
        return $"{Counted.Of(check.Findings.Count, "finding")}{(requests > 0 ? $" naming {Counted.Of(requests, "call")}" : "")}";
    }

    public static ReportVerdict Verdict(CheckVerdict check) => check.Passed ? new("passed", VerdictTone.Passed) : new("failed", VerdictTone.Failed);

    public static ReportVerdict Verdict(ReviewReport report) => report.Passed
        ? new($"All {report.Checks.Count} checks pass", VerdictTone.Passed)
        : new($"{report.Checks.Count(c => !c.Passed)} of {report.Checks.Count} checks fail", VerdictTone.Failed);

    public static IReadOnlyList<ReportCount> Counts(ReviewReport report) =>
    [
        new("calls", report.Requests),
        new("checks pass", report.Checks.Count(c => c.Passed)),
        new("checks fail", report.Checks.Count(c => !c.Passed)),
        new("findings", report.Checks.Sum(c => c.Findings.Count)),
        new("bad lines left out", report.BadLines),
    ];

    public static string Gap(TimeSpan? gap) => gap is { } value ? FrequencyCheck.Describe(value) : "";

    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>Text from the run (names, paths, messages) on one line, its markup and pipes escaped; only Mews is linked.</summary>
    private static string Md(string text) => MarkdownText.Cell(text, MewsHosts.IsMews);
}
