using System.Globalization;
using System.Net;
using System.Text;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The review exported like the certification report: Markdown, and one self-contained printable HTML page.</summary>
public static class ReviewDocument
{
    private const string Styles = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
        h1 { font-size: 1.7rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #c7c7d1; } h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid #c7c7d1; padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eef0f7; } svg { max-width: 100%; height: auto; }
        .passed { color: #0b6b2f; font-weight: 600; } .failed { color: #a11a1a; font-weight: 600; } .muted { color: #54545e; }
        @media print { @page { size: A4; margin: 14mm; } body { margin: 0; max-width: none; font-size: 10.5pt; } tr, li { break-inside: avoid; } h2 { break-after: avoid; } }
        """;

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
                foreach (var call in review.Named(finding))
                    md.Append(CultureInfo.InvariantCulture, $"  - call #{call.Index} {Md(call.Description)}\n");
            }
            md.Append('\n');
        }
        md.Append("## Operations used and declared\n\n| Operation | Calls | Declared | In a declared use case | Deprecated |\n|---|---|---|---|---|\n");
        foreach (var row in report.Usage)
            md.Append(CultureInfo.InvariantCulture, $"| {Md(row.Operation)} | {row.Calls} | {YesNo(row.Declared)} | {YesNo(row.InUseCase)} | {YesNo(row.Deprecated)} |\n");
        md.Append("\n## Polling frequency\n\n| Operation | Polls | Median gap | Shortest | Longest | Documented guidance |\n|---|---|---|---|---|---|\n");
        foreach (var row in report.Frequencies)
            md.Append(CultureInfo.InvariantCulture, $"| {Md(row.Operation)} | {row.Polls} | {Gap(row.Median)} | {Gap(row.Shortest)} | {Gap(row.Longest)} | {Md(row.Guidance ?? "")} |\n");
        md.Append(CultureInfo.InvariantCulture, $"\n## Busiest 30 seconds per AccessToken (limit {RateCheck.Limit})\n\n| AccessToken (hash) | Calls | From call | To call |\n|---|---|---|---|\n");
        foreach (var peak in report.Peaks)
            md.Append(CultureInfo.InvariantCulture, $"| {Md(peak.Token)} | {peak.Calls} | #{peak.FirstCall} | #{peak.LastCall} |\n");
        md.Append("\n## Calls per hour\n\n| Hour (UTC) | Calls | Errors |\n|---|---|---|\n");
        foreach (var (hour, calls, errors) in report.Hours())
            md.Append(CultureInfo.InvariantCulture, $"| {hour.UtcDateTime:yyyy-MM-dd HH}:00 | {calls} | {errors} |\n");
        return md.ToString();
    }

    public static string Html(RunReview review)
    {
        var report = review.Report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Connector API review · {E(review.ProjectName)}</title>\n<style>\n{Styles}\n</style>\n</head>\n<body>\n<main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Connector API review: {E(review.ProjectName)}</h1>\n<ul>\n");
        foreach (var line in Summary(review))
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(line)}</li>\n");
        html.Append("</ul>\n");
        foreach (var check in report.Checks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{check.Id}\"><h2>{check.Id} {E(check.Title)}: <span class=\"{(check.Passed ? "passed\">passed" : "failed\">failed")}</span>{(check.Heuristic ? " <span class=\"muted\">(our heuristic, not a Mews rule)</span>" : "")}</h2>\n");
            html.Append(check.Findings.Count == 0 ? "<p>No finding.</p>\n" : "<ul>\n");
            foreach (var finding in check.Findings)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(finding.Message)}");
                var calls = review.Named(finding).ToList();
                if (calls.Count > 0)
                    html.Append(CultureInfo.InvariantCulture, $"<br><span class=\"muted\">Calls: {string.Join("; ", calls.Select(c => E(c.Label)))}</span>");
                html.Append("</li>\n");
            }
            html.Append(check.Findings.Count == 0 ? "</section>\n" : "</ul>\n</section>\n");
        }
        html.Append("<h2>Calls over time</h2>\n").Append(ReviewCharts.Timeline(report)).Append('\n');
        html.Append("<table id=\"hours\"><thead><tr><th scope=\"col\">Hour (UTC)</th><th scope=\"col\">Calls</th><th scope=\"col\">Errors</th></tr></thead><tbody>\n");
        foreach (var (hour, calls, errors) in report.Hours())
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{hour.UtcDateTime:yyyy-MM-dd HH}:00</td><td>{calls}</td><td>{errors}</td></tr>\n");
        html.Append("</tbody></table>\n<h2>Busiest 30 seconds per AccessToken</h2>\n").Append(ReviewCharts.Peaks(report)).Append('\n');
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"peaks\"><thead><tr><th scope=\"col\">AccessToken (hash)</th><th scope=\"col\">Calls in 30 s</th><th scope=\"col\">Limit</th><th scope=\"col\">Window</th></tr></thead><tbody>\n");
        foreach (var peak in report.Peaks)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(peak.Token)}</td><td>{peak.Calls}</td><td>{RateCheck.Limit}</td><td>#{peak.FirstCall} to #{peak.LastCall}</td></tr>\n");
        html.Append("</tbody></table>\n");
        html.Append("<h2>Operations used and declared</h2>\n<table><thead><tr><th scope=\"col\">Operation</th><th scope=\"col\">Calls</th><th scope=\"col\">Declared</th><th scope=\"col\">In a declared use case</th><th scope=\"col\">Deprecated</th></tr></thead><tbody>\n");
        foreach (var row in report.Usage)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Operation)}</td><td>{row.Calls}</td><td>{YesNo(row.Declared)}</td><td>{YesNo(row.InUseCase)}</td><td>{YesNo(row.Deprecated)}</td></tr>\n");
        html.Append("</tbody></table>\n<h2>Polling frequency</h2>\n<table><thead><tr><th scope=\"col\">Operation</th><th scope=\"col\">Polls</th><th scope=\"col\">Median gap</th><th scope=\"col\">Shortest</th><th scope=\"col\">Longest</th><th scope=\"col\">Documented guidance</th></tr></thead><tbody>\n");
        foreach (var row in report.Frequencies)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Operation)}</td><td>{row.Polls}</td><td>{Gap(row.Median)}</td><td>{Gap(row.Shortest)}</td><td>{Gap(row.Longest)}</td><td>{E(row.Guidance ?? "")}</td></tr>\n");
        html.Append("</tbody></table>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string Slug(RunReview review) => $"{review.Run.ProjectId}-run-{review.Run.Id}";

    private static IEnumerable<string> Summary(RunReview review)
    {
        var (run, report) = (review.Run, review.Report);
        yield return string.Create(CultureInfo.InvariantCulture, $"Run: {run.Name} ({run.Source}), {report.Calls:N0} calls over {(int)run.Span.TotalHours} h {run.Span.Minutes:00} min");
        if (run.FirstCallUtc is { } first && run.LastCallUtc is { } last)
            yield return string.Create(CultureInfo.InvariantCulture, $"From {first.UtcDateTime:yyyy-MM-dd HH:mm} to {last.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        if (report.BadLines > 0)
            yield return $"{Counted.Of(report.BadLines, "bad line")} of the imported file {(report.BadLines == 1 ? "was" : "were")} left out";
        yield return $"{report.Checks.Count(c => c.Passed)} of {report.Checks.Count} checks pass";
        yield return "Checks marked as our heuristic, and findings that start with \"Warning (ours)\", are the dashboard's scoring, not rules Mews publishes";
        yield return string.Create(CultureInfo.InvariantCulture, $"Generated {review.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC; tokens and card data were redacted when the calls were recorded");
    }

    public static string Gap(TimeSpan? gap) => gap is { } value ? FrequencyCheck.Describe(value) : "";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Text from the run (names, paths, messages) on one line, its markup and pipes escaped; only Mews is linked.</summary>
    private static string Md(string text) => MarkdownText.Cell(text, MewsHosts.IsMews);
}
