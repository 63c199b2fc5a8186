using System.Globalization;
using System.Text;
using ChannelManagerDashboard.Features.CertificationCall;
using static ChannelManagerDashboard.Domain.Common.MarkdownText;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>The certification report as Markdown: a summary table, then each test with its exchanges.</summary>
public static class ReportMarkdown
{
    public static string Write(CertificationReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Certification report: {Inline(report.ProjectName)}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Partner ID: {Inline(report.PartnerId)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Mews environment: {report.Environment}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Pilot property: {Inline(report.PilotProperty)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Generated: {Utc(report.GeneratedAt)} by {Inline(report.GeneratedBy)}");
        var counts = report.Counts;
        md.AppendLine(CultureInfo.InvariantCulture, $"- Results: {counts.Passed} passed ({counts.NeedsCheck} waiting for a person's check), {counts.Failed} failed, {counts.Blocked} blocked, {counts.NotApplicable} not applicable, {counts.NotRun} not run");
        foreach (var outcome in report.Outcomes)
            md.AppendLine(CultureInfo.InvariantCulture, $"- Call of {outcome.Date:yyyy-MM-dd}: {(outcome.Verdict == CallVerdict.Passed ? "passed" : "failed")}, recorded by {Inline(outcome.RecordedBy)}{(outcome.Notes.Length > 0 ? $": {Inline(outcome.Notes)}" : "")}");
        md.AppendLine();

        md.AppendLine("| Test | Name | Status | Checked by | Updated (UTC) | Endpoints | Ids returned |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var test in report.Tests)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {test.Test.Id} | {Cell(test.Test.Name)} | {test.StatusText} | {Cell(test.CheckedBy)} | {(test.UpdatedAt is { } at ? Utc(at) : "")} | {Cell(string.Join(", ", test.Endpoints))} | {Cell(string.Join(", ", test.Ids))} |");
        }
        md.AppendLine();

        foreach (var test in report.Tests)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {test.Test.Id} · {Inline(test.Test.Name)}: {test.StatusText}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Expected: {Inline(test.Test.Expected)}").AppendLine();
            if (test.CheckedBy.Length > 0)
                md.AppendLine(CultureInfo.InvariantCulture, $"Checked by {Inline(test.CheckedBy)}.").AppendLine();
            foreach (var reason in test.FailureReasons)
                md.AppendLine(CultureInfo.InvariantCulture, $"- **Failed because:** {Inline(reason)}");
            if (test.FailureReasons.Count > 0)
                md.AppendLine();
            if (test.Minutes.Length > 0)
                md.AppendLine(CultureInfo.InvariantCulture, $"Minutes: {Inline(test.Minutes)}").AppendLine();
            if (test.Remarks.Length > 0)
                md.AppendLine(CultureInfo.InvariantCulture, $"Mews' remarks: {Inline(test.Remarks)}").AppendLine();
            if (test.Exchanges.Count == 0)
            {
                md.AppendLine("No run of this test is kept.").AppendLine();
                continue;
            }
            md.AppendLine("| Sent (UTC) | Exchange | Endpoint | HTTP | Verdict | Ids |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var exchange in test.Exchanges)
            {
                var verdict = exchange.Passed ? "passed" : "failed: " + string.Join(" ", exchange.Reasons);
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Utc(exchange.SentAt)} | {Cell(exchange.Label)} | {Cell(exchange.Url)} | {exchange.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no answer"} | {Cell(verdict)} | {Cell(string.Join(", ", exchange.Ids))} |");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
