using System.Text.RegularExpressions;
using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Formats;
using MiniExcelLibs;

namespace ChannelManagerDashboard.Tests.Features.Exports;

public sealed partial class ReportWriterTests
{
    private readonly CertificationReport report = Reports.Sample();

    [Fact]
    public void The_Markdown_report_lists_every_test_with_status_checker_times_endpoints_ids_and_failure_reasons()
    {
        var md = ReportMarkdown.Write(report);

        Assert.StartsWith("# Certification report: Acme CM | Test", md);
        Assert.Contains("| INV-01 | Multi-space, multi-rate availability push | passed | petr@example.com | 2026-12-15 14:05:09 | https://cm.example.com/mews/updateAvailability |  |", md);
        Assert.Contains("| RES-01 | Single gross reservation | failed |  | 2026-12-15 14:05:09 | https://cm.example.com/mews/confirmGroup | code 5521, confirmationNumber 1234-A |", md);
        Assert.Contains("- **Failed because:** =HYPERLINK(\"http://evil\") confirmationNumber missing", md);
        Assert.Contains("| 2026-12-15 14:03:09 | updateAvailability | https://cm.example.com/mews/updateAvailability | 200 | passed |  |", md);
        Assert.Contains("## ERR-02 · Unknown reservation: not run", md);
        Assert.Contains("No run of this test is kept.", md);
        Assert.Contains("- Call of 2026-12-15: failed, recorded by jana@example.com: LOS reversed", md);
        Assert.Contains("Minutes: Mews looked at DBL", md);
        // A pipe in a table cell is escaped, so the table keeps its columns.
        Assert.All(md.Split('\n').Where(l => l.StartsWith("| INV-01", StringComparison.Ordinal)), line => Assert.Equal(8, UnescapedPipe().Matches(line).Count));
    }

    [Fact]
    public void The_CSV_matrix_reads_back_with_one_row_a_test_and_a_formula_written_as_text()
    {
        var parsed = Csv.Parse(TestMatrix.Csv(report));

        Assert.True(parsed.Succeeded, parsed.Message);
        var records = parsed.Value!;
        Assert.Equal(TestMatrix.Columns, records[0].Fields);
        Assert.Equal(4, records.Count);
        var res01 = records.Single(r => r.Fields[0] == "RES-01").Fields;
        Assert.Equal("https://cm.example.com/mews/confirmGroup", res01[8]);
        Assert.Equal("code 5521\nconfirmationNumber 1234-A", res01[11]);
        Assert.Equal("=HYPERLINK(\"http://evil\") confirmationNumber missing", res01[12]);
        // Written with the apostrophe a spreadsheet shows as text; the parser above takes it off again.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\") confirmationNumber missing\"", TestMatrix.Csv(report));
    }

    [Fact]
    public void The_XLSX_matrix_opens_with_the_same_rows_and_stores_a_formula_like_reason_as_text()
    {
        var xlsx = TestMatrix.Xlsx(report);

        using var file = new MemoryStream(xlsx);
        var rows = file.Query(useHeaderRow: true, sheetName: "Tests").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["INV-01", "RES-01", "ERR-02"], rows.Select(r => r["Test"]?.ToString()));
        Assert.Equal("petr@example.com", rows[0]["Checked by"]);
        Assert.Equal("2026-12-15 14:03:09", rows[0]["First exchange (UTC)"]);
        Assert.Equal("=HYPERLINK(\"http://evil\") confirmationNumber missing", rows[1]["Failure reasons"]);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<f>", xml);
            Assert.DoesNotContain("<x:f>", xml);
        }
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
