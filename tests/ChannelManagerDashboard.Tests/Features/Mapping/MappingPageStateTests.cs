using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

/// <summary>The mapping page's state below the UI: real SQLite file, a configuration fetched from the simulator on loopback.</summary>
public sealed class MappingPageStateTests : DatabaseTest, IClassFixture<FakeMewsFixture>
{
    private readonly MewsServices mews;
    private readonly MappingService mapping;

    public MappingPageStateTests(FakeMewsFixture fixture)
    {
        mews = new MewsServices(Database, Clock, fixture.Mews, Path.Combine(Database.Folder, "keys"));
        mapping = new MappingService(Database.Factory, Services.Events, Clock, new ListLogger<MappingService>());
    }

    /// <returns>The page's state over a Simulator project with its main connection picked and its configuration fetched.</returns>
    private async Task<MappingPageState> FetchedAsync()
    {
        var (id, _) = await mews.FetchedProjectAsync(Services);
        var page = new MappingPageState(mapping, id);
        await page.ReloadAsync();
        return page;
    }

    [Fact]
    public async Task An_empty_catalog_opens_on_the_catalog_tab_and_one_with_codes_on_drag_and_drop()
    {
        using var page = await FetchedAsync();
        Assert.Equal(0, page.Tab);

        Assert.True(await page.ApplyAsync(new AddCodeEdit(CmCodeKind.Room, "R-DBL", "Double"), "Jana"));
        using var reopened = new MappingPageState(mapping, page.ProjectId);
        await reopened.ReloadAsync();
        Assert.Equal(1, reopened.Tab);
    }

    [Fact]
    public async Task A_saved_edit_shows_its_message_and_reloads_and_another_tab_starts_without_it()
    {
        using var page = await FetchedAsync();

        Assert.True(await page.ApplyAsync(new AddCodeEdit(CmCodeKind.Room, "R-DBL", "Double"), "Jana"));

        Assert.Equal((true, "Added CM room R-DBL"), (page.Outcome!.Succeeded, page.Outcome.Value));
        Assert.Equal("R-DBL", Assert.Single(page.View!.State.Rooms).Code);
        page.ShowTab(2);
        Assert.Null(page.Outcome);
    }

    [Fact]
    public async Task A_refused_edit_says_why_and_a_refusal_from_the_board_shows_the_same_way()
    {
        using var page = await FetchedAsync();

        Assert.False(await page.ApplyAsync(new AddCodeEdit(CmCodeKind.Room, " ", ""), "Jana"));
        Assert.Equal(ResultKind.Invalid, page.Outcome!.Kind);
        Assert.Contains("The code is empty", page.Outcome.Message);

        page.Refuse("Drop it on a CM room.");
        Assert.Equal((false, "Drop it on a CM room."), (page.Outcome!.Succeeded, page.Outcome.Message));
    }

    [Fact]
    public async Task Someone_elses_save_is_a_conflict_until_reloaded()
    {
        using var page = await FetchedAsync();
        var connection = page.View!.Connection!.Id;
        await mapping.ApplyAsync(page.ProjectId, connection, page.View.Version, new AddCodeEdit(CmCodeKind.Room, "R-SGL", ""), "Piet");

        Assert.False(await page.ApplyAsync(new AddCodeEdit(CmCodeKind.Room, "R-DBL", ""), "Jana"));
        Assert.NotNull(page.Conflict);

        await page.ReloadAsync();
        Assert.Null(page.Conflict);
        Assert.True(await page.ApplyAsync(new AddCodeEdit(CmCodeKind.Room, "R-DBL", ""), "Jana"));
    }
}
