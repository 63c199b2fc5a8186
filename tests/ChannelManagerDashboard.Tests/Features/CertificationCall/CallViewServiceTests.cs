using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallViewServiceTests : DatabaseTest
{
    private readonly CallServices call;

    public CallViewServiceTests() => call = new CallServices(Database, Clock, Services);

    [Fact]
    public async Task The_call_lists_inventory_then_reservation_then_error_tests_and_says_why_Run_now_cannot_push_yet()
    {
        var id = await Services.CreateProjectAsync();

        var view = await call.Views.LoadAsync(id);

        Assert.NotNull(view);
        Assert.Equal(25, view.Rows.Count);
        Assert.Equal(view.Rows.Select(r => r.TrackerRow.Test.Group).Order(), view.Rows.Select(r => r.TrackerRow.Test.Group));
        Assert.Equal("INV-01", view.Rows[0].TestId);
        Assert.Equal(TestGroup.Error, view.Rows[^1].TrackerRow.Test.Group);
        Assert.Null(view.ConnectionId);
        Assert.NotNull(view.RunProblem);
        Assert.Equal(CallTimer.New, view.Timer);
        Assert.True(view.Rows.Single(r => r.TestId == "INV-01").RunsLive);
        Assert.False(view.Rows.Single(r => r.TestId == "RES-01").RunsLive);
        Assert.Null(await call.Views.LoadAsync(999));
    }
}
