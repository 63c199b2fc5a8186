using AngleSharp.Dom;
using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Exports;

/// <summary>The printable certification report as the download writes it: a cover, evidence per test, A4 print, text never markup.</summary>
public sealed class CertificationReportDocumentTests
{
    private readonly CertificationReport report = Reports.Sample();

    [Fact]
    public async Task The_cover_gives_the_overall_verdict_the_project_and_the_counts()
    {
        var document = ReportFiles.Parse(await ReportFiles.CertificationAsync(report));

        Assert.Equal("Certification report: Acme CM | Test", document.Title);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("✗ Certification call of 2026-12-15 failed", Text(document.QuerySelector("#overall-verdict")));
        Assert.Equal(["Project", "Partner ID", "Mews environment", "Pilot property", "Generated"], document.QuerySelectorAll("#cover-facts dt").Select(Text));
        Assert.Equal(["Acme CM | Test", "INT123456", "Demo", "Hotel Pilot", "2026-12-15 14:05:09 UTC by jana@example.com"], document.QuerySelectorAll("#cover-facts dd").Select(Text));
        Assert.Equal(["1 passed", "0 waiting for a person's check", "1 failed", "0 blocked", "0 not applicable", "1 not run"], document.QuerySelectorAll("#counts li").Select(Text));
        Assert.Equal("Call of 2026-12-15: ✗ failed, recorded by jana@example.com: LOS reversed", Text(document.QuerySelector("#outcomes li")));
        Assert.NotNull(document.QuerySelector("header h1"));
        Assert.NotNull(document.QuerySelector("main #cover"));
        Assert.NotNull(document.QuerySelector("footer"));
    }

    [Fact]
    public async Task Without_a_call_the_verdict_says_how_far_the_tests_are()
    {
        var document = ReportFiles.Parse(await ReportFiles.CertificationAsync(report with { Outcomes = [] }));

        Assert.Equal("✗ Not ready: 1 test failed or blocked", Text(document.QuerySelector("#overall-verdict")));
    }

    [Fact]
    public async Task Each_test_row_carries_its_status_checker_time_and_an_evidence_summary()
    {
        var document = ReportFiles.Parse(await ReportFiles.CertificationAsync(report));

        var rows = document.QuerySelectorAll("#summary tbody tr");
        Assert.Equal(["INV-01", "RES-01", "ERR-02"], rows.Select(r => r.GetAttribute("data-test-id")));
        Assert.Equal(["INV-01", "Multi-space, multi-rate availability push", "✓ passed", "petr@example.com", "2026-12-15 14:05:09"], Cells(rows[0]).Take(5));
        Assert.Equal(["Newest run 2026-12-15 14:03:09 UTC: 1 exchange, all passed", "Endpoints: https://cm.example.com/mews/updateAvailability"], Evidence(rows[0]));
        Assert.Equal(["RES-01", "Single gross reservation", "✗ failed", "", "2026-12-15 14:05:09"], Cells(rows[1]).Take(5));
        Assert.Equal(["Newest run 2026-12-15 14:04:09 UTC: 1 exchange, 1 failed", "Endpoints: https://cm.example.com/mews/confirmGroup",
            "Ids returned: code 5521, confirmationNumber 1234-A"], Evidence(rows[1]));
        Assert.Equal(["ERR-02", "Unknown reservation", "○ not run", "", ""], Cells(rows[2]).Take(5));
        Assert.Equal(["No run of this test is kept."], Evidence(rows[2]));

        var res01 = document.QuerySelector("#test-RES-01")!;
        Assert.Equal("Failed because: =HYPERLINK(\"http://evil\") confirmationNumber missing", Text(res01.QuerySelector("p.failed")));
        var exchange = res01.QuerySelector("table.exchanges tbody tr")!;
        Assert.Equal(["2026-12-15 14:04:09", "https://cm.example.com/mews/confirmGroup", "200", "✗ failed", "code 5521, confirmationNumber 1234-A"], Cells(exchange).Where((_, i) => i != 1));
        Assert.StartsWith("Confirm booking", Text(exchange.Children[1]));
        Assert.Equal("confirmationNumber missing", Text(exchange.QuerySelector(".finding")));
        Assert.Contains("Minutes: Mews looked at DBL", Text(document.QuerySelector("#test-INV-01")));
        Assert.Contains("Mews' remarks: All fine", Text(document.QuerySelector("#test-INV-01")));
    }

    [Fact]
    public async Task It_prints_on_A4_with_ids_and_verdicts_unbroken_rows_kept_whole_and_headers_repeated()
    {
        var document = ReportFiles.Parse(await ReportFiles.CertificationAsync(report));

        var css = document.QuerySelector("head style")!.TextContent;
        Assert.Matches(@"@media print \{\s*@page \{ size: A4; margin: [^}]+\}", css);
        Assert.Matches(@"tr, [^{]*\{ break-inside: avoid; \}", css);
        Assert.Contains("thead { display: table-header-group; }", css);
        Assert.Contains(".nowrap { white-space: nowrap;", css);
        Assert.Contains(".print-hint { display: none; }", css);
        Assert.DoesNotContain("overflow-wrap: anywhere; }", css.Split('\n').Single(l => l.StartsWith("th, td", StringComparison.Ordinal)));
        foreach (var row in document.QuerySelectorAll("#summary tr, table.exchanges tr"))
        {
            var cells = row.Children.ToList();
            Assert.Contains("nowrap", cells[0].ClassList);
        }
        Assert.All(document.QuerySelectorAll("#summary tbody td:nth-child(3), table.exchanges tbody td:nth-child(5)"), cell => Assert.Contains("nowrap", cell.ClassList));
        Assert.All(document.QuerySelectorAll("table.exchanges tbody td:nth-child(3)"), cell => Assert.Contains("token", cell.ClassList));
        Assert.Empty(document.QuerySelectorAll("script, button, input"));
    }

    [Fact]
    public async Task A_project_named_like_markup_stays_text()
    {
        const string Script = "<script>alert(1)</script>";
        var html = await ReportFiles.CertificationAsync(report with { ProjectName = Script, PilotProperty = "<img src=x onerror=alert(1)>", GeneratedBy = Script });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var document = ReportFiles.Parse(html);
        Assert.Equal($"Certification report: {Script}", document.Title);
        Assert.Equal($"Certification report: {Script}", Text(document.QuerySelector("h1")));
        Assert.Equal("<img src=x onerror=alert(1)>", Text(document.QuerySelectorAll("#cover-facts dd")[3]));
    }

    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Cells(IElement row) => row.Children.Select(Text).ToList();

    private static List<string> Evidence(IElement row) => row.QuerySelectorAll("td.evidence div").Select(Text).ToList();
}
