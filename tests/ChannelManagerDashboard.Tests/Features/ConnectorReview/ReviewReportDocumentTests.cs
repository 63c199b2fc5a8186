using AngleSharp.Dom;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The printable run review shares the certification report's layout: a cover, evidence per check, A4 print.</summary>
public sealed class ReviewReportDocumentTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static RunReview Review(string projectName = "Acme Connector")
    {
        var report = new ReviewReport(3, 1, [],
        [
            new CheckVerdict("S1", "Rate limits", true, false, []),
            new CheckVerdict("S5", "Request format", false, false, [new ReviewFinding("2 call(s): Client name differs", [0, 2]), new ReviewFinding("1 call(s): empty body", [2])]),
            new CheckVerdict("S8", "Polling", true, true, [new ReviewFinding("Warning (ours): polls often", [])]),
        ],
            [new TimelineBucket(Start, "configuration/get", 3, 1)], [new PeakRow("ab12cd34ef56ab12cd34ef56ab12cd34ef56", 3, 0, 2)],
            [new UsageRow("configuration/get", 3, true, true, false)], [new FrequencyRow("configuration/get", 3, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6), "every 5 minutes")]);
        var run = new ConnectorRun { Name = "Night sync", Source = RunSource.Import, Requests = 3, Complete = true, FirstRequestUtc = Start, LastRequestUtc = Start.AddMinutes(10) };
        var requests = new Dictionary<int, RequestRef> { [0] = new(0, Start, "configuration/get", 200), [2] = new(2, Start.AddMinutes(10), "configuration/get", 400) };
        return new RunReview(run, report, requests, projectName, Start.AddHours(2));
    }

    [Fact]
    public async Task The_cover_gives_the_verdict_the_run_and_the_counts()
    {
        var document = ReportFiles.Parse(await ReportFiles.ReviewAsync(Review()));

        Assert.Equal("Connector API review: Acme Connector", document.Title);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("✗ 1 of 3 checks fail", Text(document.QuerySelector("#overall-verdict")));
        Assert.Equal(["Acme Connector", "Night sync (imported log), 3 calls over 0 h 10 min", "From 2026-11-28 08:00 to 2026-11-28 08:10 UTC",
            "1 bad line of the imported file was left out", "2 of 3 checks pass", "2026-11-28 10:00 UTC"], document.QuerySelectorAll("#cover-facts dd").Select(Text));
        Assert.Equal(["3 calls", "2 checks pass", "1 checks fail", "3 findings", "1 bad lines left out"], document.QuerySelectorAll("#counts li").Select(Text));
        Assert.StartsWith("Checks marked as our heuristic", Text(document.QuerySelector("#heuristic-note")));
        Assert.Contains("tokens and card data were redacted", Text(document.QuerySelector("footer")));
    }

    [Fact]
    public async Task Each_check_row_carries_its_verdict_and_an_evidence_summary_and_each_finding_names_its_requests()
    {
        var document = ReportFiles.Parse(await ReportFiles.ReviewAsync(Review()));

        var rows = document.QuerySelectorAll("#checks tbody tr").Select(r => r.Children.Select(Text).ToList()).ToList();
        Assert.Equal(["S1", "Rate limits", "✓ passed", "No finding."], rows[0]);
        Assert.Equal(["S5", "Request format", "✗ failed", "2 findings naming 2 calls"], rows[1]);
        Assert.Equal(["S8", "Polling (our heuristic, not a Mews rule)", "✓ passed", "1 finding"], rows[2]);
        Assert.Equal("Calls: #0 11-28 08:00:00 configuration/get 200; #2 11-28 08:10:00 configuration/get 400", Text(document.QuerySelector("#S5 li .muted")));
        Assert.Contains("<svg viewBox", document.QuerySelector("#timeline-heading")!.ParentElement!.InnerHtml);
        Assert.Equal(["2026-11-28 08:00", "3", "1"], document.QuerySelectorAll("#hours tbody td").Select(Text));
        Assert.Equal(["configuration/get", "3", ReviewDocument.Gap(TimeSpan.FromMinutes(5)), ReviewDocument.Gap(TimeSpan.FromMinutes(4)), ReviewDocument.Gap(TimeSpan.FromMinutes(6)), "every 5 minutes"],
            document.QuerySelectorAll("#frequency tbody td").Select(Text));
    }

    [Fact]
    public async Task It_shares_the_report_stylesheet_A4_print_and_unbroken_ids_and_verdicts()
    {
        var document = ReportFiles.Parse(await ReportFiles.ReviewAsync(Review()));

        Assert.Matches(@"@media print \{\s*@page \{ size: A4;", Text(document.QuerySelector("head style")));
        Assert.All(document.QuerySelectorAll("#checks tbody td:nth-child(1), #checks tbody td:nth-child(3)"), cell => Assert.Contains("nowrap", cell.ClassList));
        Assert.All(document.QuerySelectorAll("#peaks tbody td:nth-child(1)"), cell => Assert.Contains("token", cell.ClassList));
        Assert.Empty(document.QuerySelectorAll("script, button, input"));
    }

    [Fact]
    public async Task A_project_named_like_markup_stays_text()
    {
        const string Script = "<script>alert(1)</script>";
        var html = await ReportFiles.ReviewAsync(Review(Script));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"Connector API review: {Script}", ReportFiles.Parse(html).Title);
    }

    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
