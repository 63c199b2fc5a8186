using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>The Play Mews page's state below the page.</summary>
public sealed class PlayMewsStateTests : ComponentTest
{
    [Fact]
    public async Task A_missing_project_loads_as_nothing_to_show()
    {
        var state = Get<PlayMewsState>();

        await state.LoadAsync(404, null);

        Assert.True(state.Loaded);
        Assert.Null(state.View);
    }

    [Fact]
    public async Task Without_a_connection_a_run_does_not_start()
    {
        var id = await CreateProjectAsync();
        var state = Get<PlayMewsState>();
        await state.LoadAsync(id, null);

        await state.RunAsync(["INV-01"]);

        Assert.NotNull(state.View);
        Assert.False(state.Running);
        Assert.Null(state.Message);
        Assert.Null(state.Progress);
    }

    [Fact]
    public async Task A_viewer_runs_nothing()
    {
        SignedInAs(DashboardRoles.Viewer);
        var id = await CreateProjectAsync();
        await AddConnectionAsync(id);
        var state = Get<PlayMewsState>();
        await state.LoadAsync(id, null);

        await state.RunAsync(["INV-01"]);

        Assert.Null(state.Progress);
    }

    [Fact]
    public async Task Failures_only_hides_the_tests_that_did_not_fail()
    {
        var id = await CreateProjectAsync();
        var state = Get<PlayMewsState>();
        await state.LoadAsync(id, null);
        var test = HarnessTests.All[0];

        Assert.True(state.Shown(test));
        state.FailuresOnly = true;
        Assert.False(state.Shown(test));
    }

    [Fact]
    public async Task Selecting_a_test_without_runs_shows_its_empty_history()
    {
        var id = await CreateProjectAsync();
        var state = Get<PlayMewsState>();
        await state.LoadAsync(id, null);

        await state.SelectAsync("INV-01", null);

        Assert.Equal("INV-01", state.Selection.TestId);
        Assert.Empty(state.Selection.History);
        Assert.Null(state.Selection.RunId);
        Assert.Null(state.Selection.Verdict);
    }
}
