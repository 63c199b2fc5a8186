using ChannelManagerDashboard.Domain.Common;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>
/// The test matrix partners are asked to fill in (test case, endpoints called, UTC timestamps, ids returned), one row a
/// test, as CSV and XLSX. A cell a spreadsheet would run as a formula is written as text in both.
/// </summary>
public static class TestMatrix
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Test", "Group", "Name", "Required", "Status", "Checked by", "Updated (UTC)", "Newest run (UTC)", "Endpoints called",
        "First exchange (UTC)", "Last exchange (UTC)", "Ids returned", "Failure reasons", "Minutes", "Mews' remarks",
    ];

    public static IReadOnlyList<IReadOnlyList<string>> Rows(CertificationReport report) => report.Tests.Select(test => (IReadOnlyList<string>)
    [
        test.Test.Id, test.Test.Group.ToString(), test.Test.Name, test.Test.Required ? "yes" : "no", test.StatusText, test.CheckedBy,
        Time(test.UpdatedAt), Time(test.RunAt), string.Join("\n", test.Endpoints),
        Time(test.Exchanges.Count > 0 ? test.Exchanges.Min(e => e.SentAt) : null),
        Time(test.Exchanges.Count > 0 ? test.Exchanges.Max(e => e.SentAt) : null),
        string.Join("\n", test.Ids), string.Join("\n", test.FailureReasons), test.Minutes, test.Remarks,
    ]).ToList();

    public static string Csv(CertificationReport report) => Formats.Csv.Write([Columns, .. Rows(report)]);

    public static byte[] Xlsx(CertificationReport report)
    {
        var sheet = Rows(report).Select(row =>
        {
            IDictionary<string, object> cells = new Dictionary<string, object>();
            for (var i = 0; i < Columns.Count; i++)
                cells[Columns[i]] = TextCut.Shorten(row[i], MaxCellLength);
            return cells;
        }).ToList();
        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, sheet, sheetName: "Tests");
        return file.ToArray();
    }

    /// <summary>Excel refuses a cell longer than this.</summary>
    private const int MaxCellLength = 32_000;

    private static string Time(DateTimeOffset? at) => at is { } value ? ReportMarkdown.Utc(value) : "";
}
