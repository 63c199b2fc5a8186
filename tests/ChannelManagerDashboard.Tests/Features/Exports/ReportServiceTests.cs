using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Features.CertificationCall;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Exports;

public sealed class ReportServiceTests : DatabaseTest
{
    [Fact]
    public async Task The_report_takes_each_tests_newest_run_its_result_who_checked_it_and_the_call_notes_and_shows_no_token_mask()
    {
        var call = new CallServices(Database, Clock, Services);
        var id = await Services.CreateProjectAsync();
        await KeepRunAsync(id, Failing("an older run", Clock.Now.AddHours(-1)));
        await KeepRunAsync(id, Failing("Confirm booking for 5521 with token C90C…B43 answered success false", Clock.Now));
        await call.Tracker.RecordAsync(id, "RES-01", TestStatus.Failed, "Play Mews: failed (C90C…B43)", "jana@example.com");
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "petr@example.com");
        await call.Control.SaveNoteAsync(id, new NoteEdit("RES-01", "Booking never arrived", "Resend it", "", ""), "jana@example.com");

        var report = await new ReportService(Database.Factory, call.Tracker, Clock).BuildAsync(id, "eva@example.com");

        Assert.NotNull(report);
        Assert.Equal(("Acme CM", "INT123456", "eva@example.com", 25), (report.ProjectName, report.PartnerId, report.GeneratedBy, report.Tests.Count));
        var res01 = report.Tests.Single(t => t.Test.Id == "RES-01");
        Assert.Equal(TestStatus.Failed, res01.Status);
        Assert.Equal(["Confirm booking for 5521 with token hidden answered success false"], res01.FailureReasons);
        Assert.Equal(("Booking never arrived", "Resend it"), (res01.Minutes, res01.Remarks));
        var exchange = Assert.Single(res01.Exchanges);
        Assert.Equal(("https://cm.example.com/mews/confirmGroup", 200), (exchange.Url, exchange.StatusCode));
        Assert.Equal(["code 5521", "confirmationNumber 77-A"], exchange.Ids);
        Assert.Equal(["Expected success; got HTTP 200 {\"success\":false}: Confirm booking for 5521 with token hidden answered success false"], exchange.Reasons);
        Assert.Equal("petr@example.com", report.Tests.Single(t => t.Test.Id == "INV-01").CheckedBy);
        Assert.DoesNotContain("C90C", ReportMarkdown.Write(report) + await ReportFiles.CertificationAsync(report) + TestMatrix.Csv(report));
        Assert.Null(await new ReportService(Database.Factory, call.Tracker, Clock).BuildAsync(999, "eva"));
    }

    private static HarnessVerdict Failing(string reason, DateTimeOffset at) => new("RES-01", at, [reason], [], [], 40, 120,
    [
        new ExchangeEvidence("Confirm booking", "https://cm.example.com/mews/confirmGroup", at,
            """{"clientToken":"C90C…B43","groupCode":"G1","reservations":[{"code":"5521","confirmationNumber":"77-A"}]}""", 120, 200,
            """{"success":false}""", 40, "success", [reason], [], false, ReplayTokens.None) { Got = """HTTP 200 {"success":false}""" },
    ]);

    private async Task KeepRunAsync(int projectId, HarnessVerdict result)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        db.HarnessRuns.Add(new HarnessRun
        {
            ProjectId = projectId, TestId = result.TestId, StartedAt = result.StartedAt, Summary = result.Reasons[0], RunBy = "jana",
            VerdictGzip = HarnessVerdictJson.Compress(result),
        });
        await db.SaveChangesAsync();
    }
}
