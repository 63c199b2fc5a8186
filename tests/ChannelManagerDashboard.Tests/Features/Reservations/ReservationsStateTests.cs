using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

/// <summary>The reservations tab's state below the page: what each action leaves on the card and where focus goes.</summary>
public sealed class ReservationsStateTests : ComponentTest
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));

    /// <summary>A Demo project with a picked connection and its fetched configuration.</summary>
    private async Task<(ReservationsState State, int ProjectId)> LoadedAsync()
    {
        var id = await CreateProjectAsync();
        await AddSnapshotAsync(id, await AddConnectionAsync(id), Seed.Response("getConfiguration").ToJsonString(), Clock.Now);
        var state = Get<ReservationsState>();
        await state.LoadAsync(id);
        return (state, id);
    }

    [Fact]
    public async Task A_missing_project_loads_as_nothing_to_show()
    {
        var state = Get<ReservationsState>();

        await state.LoadAsync(404);

        Assert.True(state.Loaded);
        Assert.Null(state.View);
    }

    [Fact]
    public async Task A_demo_project_has_every_scenario_and_no_live_wait_nor_reference_channel_manager()
    {
        var (state, _) = await LoadedAsync();

        Assert.NotNull(state.View);
        Assert.False(state.View.Live);
        Assert.False(state.ReferenceCm);
        Assert.Equal(ReservationTest.All.Count, state.View.Scenarios.Count);
    }

    [Fact]
    public async Task Opening_the_paste_form_moves_focus_into_it_once_and_keeps_what_was_typed_per_test()
    {
        var (state, _) = await LoadedAsync();

        state.OpenPaste("RES-02");
        state.PastedFor("RES-02").Group = "{}";

        Assert.Equal("RES-02", state.PasteFor);
        Assert.Equal("pasted-group", state.TakeFocus());
        Assert.Null(state.TakeFocus());
        Assert.Equal("{}", state.PastedFor("RES-02").Group);
        Assert.Equal("", state.PastedFor("RES-03").Group);
        state.ClosePaste();
        Assert.Null(state.PasteFor);
    }

    [Fact]
    public async Task Pasted_text_that_cannot_be_judged_answers_on_its_card_and_keeps_the_form_open()
    {
        var (state, _) = await LoadedAsync();
        state.OpenPaste("RES-02");
        state.PastedFor("RES-02").Group = "{ \"not\": \"a Process group\" }";

        await state.JudgePastedAsync();

        Assert.Equal("RES-02", state.Status?.TestId);
        Assert.True(state.Status?.Failed);
        Assert.Equal("RES-02", state.PasteFor);
        Assert.False(state.Judging);
        Assert.Equal("reservations-status", state.TakeFocus());
    }

    [Fact]
    public async Task Starting_a_test_against_mews_demo_says_to_paste_instead_and_waits_on_nothing()
    {
        var (state, _) = await LoadedAsync();

        await state.StartAsync("RES-01");

        Assert.Null(state.Wait.Running);
        Assert.True(state.Status?.Failed);
        Assert.Contains("Against Mews Demo, paste the Process group", state.Status?.Text);
        Assert.Equal("reservations-status", state.TakeFocus());
    }

    [Fact]
    public async Task A_viewer_starts_nothing()
    {
        SignedInAs(DashboardRoles.Viewer);
        var (state, _) = await LoadedAsync();

        await state.StartAsync("RES-01");

        Assert.Null(state.Status);
        Assert.Null(state.TakeFocus());
    }
}
