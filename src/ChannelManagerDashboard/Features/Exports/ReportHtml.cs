using System.Globalization;
using System.Net;
using System.Text;
using ChannelManagerDashboard.Features.CertificationCall;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>
/// The certification report as one self-contained HTML page: readable on screen, and with print styles (A4, no
/// page break inside a table row, links written out) that make a clean PDF from the browser's Print dialog.
/// </summary>
public static class ReportHtml
{
    private const string Styles = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
        h1 { font-size: 1.7rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #c7c7d1; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid #c7c7d1; padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eef0f7; }
        .passed { color: #0b6b2f; font-weight: 600; } .failed { color: #a11a1a; font-weight: 600; } .muted { color: #54545e; }
        .print-hint { background: #eef0f7; padding: .5rem .75rem; border-radius: 4px; }
        @media print {
          @page { size: A4; margin: 14mm; }
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          .print-hint { display: none; }
          tr, .test { break-inside: avoid; }
          h2 { break-after: avoid; }
        }
        """;

    public static string Write(CertificationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Certification report · {E(report.ProjectName)}</title>\n<style>\n{Styles}\n</style>\n</head>\n<body>\n<main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Certification report: {E(report.ProjectName)}</h1>\n");
        html.Append("<p class=\"print-hint\">To keep it as a PDF, print this page (Ctrl+P or ⌘P) and choose \"Save as PDF\".</p>\n<ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>Partner ID: {E(report.PartnerId)}</li>\n<li>Mews environment: {E(report.Environment)}</li>\n<li>Pilot property: {E(report.PilotProperty)}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>Generated {ReportMarkdown.Utc(report.GeneratedAt)} UTC by {E(report.GeneratedBy)}</li>\n");
        var counts = report.Counts;
        html.Append(CultureInfo.InvariantCulture, $"<li id=\"counts\">{counts.Passed} passed ({counts.NeedsCheck} waiting for a person's check), {counts.Failed} failed, {counts.Blocked} blocked, {counts.NotApplicable} not applicable, {counts.NotRun} not run</li>\n");
        foreach (var outcome in report.Outcomes)
            html.Append(CultureInfo.InvariantCulture, $"<li>Call of {outcome.Date:yyyy-MM-dd}: <span class=\"{(outcome.Verdict == CallVerdict.Passed ? "passed\">passed" : "failed\">failed")}</span>, recorded by {E(outcome.RecordedBy)}{(outcome.Notes.Length > 0 ? ": " + E(outcome.Notes) : "")}</li>\n");
        html.Append("</ul>\n<table id=\"summary\">\n<thead><tr><th scope=\"col\">Test</th><th scope=\"col\">Name</th><th scope=\"col\">Status</th><th scope=\"col\">Checked by</th><th scope=\"col\">Updated (UTC)</th><th scope=\"col\">Endpoints</th><th scope=\"col\">Ids returned</th></tr></thead>\n<tbody>\n");
        foreach (var test in report.Tests)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-test-id=\"{test.Test.Id}\"><td>{test.Test.Id}</td><td>{E(test.Test.Name)}</td><td class=\"{StatusClass(test)}\">{E(test.StatusText)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(test.CheckedBy)}</td><td>{(test.UpdatedAt is { } at ? ReportMarkdown.Utc(at) : "")}</td><td>{E(string.Join(", ", test.Endpoints))}</td><td>{E(string.Join(", ", test.Ids))}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        foreach (var test in report.Tests)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"test\" id=\"test-{test.Test.Id}\">\n<h2>{test.Test.Id} · {E(test.Test.Name)}: <span class=\"{StatusClass(test)}\">{E(test.StatusText)}</span></h2>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Expected: {E(test.Test.Expected)}</p>\n");
            if (test.CheckedBy.Length > 0)
                html.Append(CultureInfo.InvariantCulture, $"<p>Checked by {E(test.CheckedBy)}.</p>\n");
            foreach (var reason in test.FailureReasons)
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"failed\">Failed because: {E(reason)}</p>\n");
            if (test.Minutes.Length > 0)
                html.Append(CultureInfo.InvariantCulture, $"<p>Minutes: {E(test.Minutes)}</p>\n");
            if (test.Remarks.Length > 0)
                html.Append(CultureInfo.InvariantCulture, $"<p>Mews' remarks: {E(test.Remarks)}</p>\n");
            if (test.Exchanges.Count == 0)
            {
                html.Append("<p class=\"muted\">No run of this test is kept.</p>\n</section>\n");
                continue;
            }
            html.Append("<table>\n<thead><tr><th scope=\"col\">Sent (UTC)</th><th scope=\"col\">Exchange</th><th scope=\"col\">Endpoint</th><th scope=\"col\">HTTP</th><th scope=\"col\">Verdict</th><th scope=\"col\">Ids</th></tr></thead>\n<tbody>\n");
            foreach (var exchange in test.Exchanges)
            {
                var verdict = exchange.Passed ? "<span class=\"passed\">passed</span>" : $"<span class=\"failed\">failed</span>: {E(string.Join(" ", exchange.Reasons))}";
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{ReportMarkdown.Utc(exchange.SentAt)}</td><td>{E(exchange.Label)}</td><td>{E(exchange.Url)}</td><td>{exchange.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no answer"}</td><td>{verdict}</td><td>{E(string.Join(", ", exchange.Ids))}</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string StatusClass(ReportTest test) => test.Status switch
    {
        TestTracker.TestStatus.Passed when !test.NeedsHumanCheck => "passed",
        TestTracker.TestStatus.Failed or TestTracker.TestStatus.Blocked => "failed",
        _ => "muted",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
