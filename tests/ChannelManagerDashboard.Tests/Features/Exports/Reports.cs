using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Tests.Features.Exports;

/// <summary>A small report with one test of each kind: checked, failed with a formula-like reason, and not run.</summary>
public static class Reports
{
    public static readonly DateTimeOffset At = new(2026, 12, 15, 14, 5, 9, TimeSpan.Zero);

    public static CertificationReport Sample()
    {
        var inv01 = TestCatalog.Find("INV-01")!;
        var res01 = TestCatalog.Find("RES-01")!;
        var err02 = TestCatalog.Find("ERR-02")!;
        return new CertificationReport("Acme CM | Test", "INT123456", "Demo", "Hotel Pilot", At, "jana@example.com",
        [
            new ReportTest(inv01, TestStatus.Passed, false, "petr@example.com", "petr@example.com", At, "Play Mews passed", "Mews looked at DBL", "All fine", At.AddMinutes(-2), [],
                [new ReportExchange("updateAvailability", "https://cm.example.com/mews/updateAvailability", At.AddMinutes(-2), 200, true, [], [])]),
            new ReportTest(res01, TestStatus.Failed, false, "", "jana@example.com", At, "=HYPERLINK(\"http://evil\")", "", "", At.AddMinutes(-1),
                ["=HYPERLINK(\"http://evil\") confirmationNumber missing"],
                [new ReportExchange("Confirm booking", "https://cm.example.com/mews/confirmGroup", At.AddMinutes(-1), 200, false, ["confirmationNumber missing"], ["code 5521", "confirmationNumber 1234-A"])]),
            new ReportTest(err02, TestStatus.NotRun, false, "", "", null, "", "", "", null, [], []),
        ], [new CallOutcome { Verdict = CallVerdict.Failed, Date = new DateOnly(2026, 12, 15), Notes = "LOS reversed", RecordedBy = "jana@example.com" }]);
    }
}
