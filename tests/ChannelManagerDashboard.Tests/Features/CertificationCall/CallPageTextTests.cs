using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.TestTracker;
using MudBlazor;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallPageTextTests
{
    private static CallRow Row(string testId) => new(new TestRow(TestCatalog.Find(testId)!, TestStatus.NotRun, "", "", null), null, null, null);

    [Fact]
    public void A_done_action_says_so_then_its_warnings()
    {
        var result = Result.Ok() with { Warnings = ["The activity log missed it."] };

        Assert.Equal([("INV-01 ran.", Severity.Success), ("The activity log missed it.", Severity.Warning)], CallPageText.Snacks(result, "INV-01 ran."));
        Assert.Empty(CallPageText.Snacks(Result.Ok(), null));
    }

    [Fact]
    public void A_refused_action_warns_and_a_failed_one_is_an_error()
    {
        Assert.Equal([("Not now.", Severity.Warning)], CallPageText.Snacks(Result.Invalid(Result.Whole, "Not now."), "done"));
        Assert.Equal([("The database is locked.", Severity.Error)], CallPageText.Snacks(Result.Failed(Result.DatabaseField, "The database is locked."), "done"));
    }

    [Fact]
    public async Task A_viewer_is_refused_in_words()
    {
        var refused = await CallPageText.ViewersCannot("record the outcome");

        Assert.Equal((ResultKind.Invalid, "Viewers cannot record the outcome."), (refused.Kind, refused.Message));
    }

    [Fact]
    public void Tests_that_do_not_run_live_say_where_they_run()
    {
        Assert.StartsWith("Runs on the Reservations tab", CallPageText.HowItRuns(Row("RES-01")));
        Assert.StartsWith("Runs on the Reservations tab", CallPageText.HowItRuns(Row("ERR-06")));
        Assert.StartsWith("Recorded on Play Mews", CallPageText.HowItRuns(Row("ERR-01")));
        Assert.Equal("1. Inventory push tests, live on the call", CallPageText.GroupTitle(TestGroup.Inventory));
    }
}
