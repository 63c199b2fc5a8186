using Bunit;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;
using MudBlazor;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingPageTests : ComponentTest
{
    private async Task<int> ReadyAsync()
    {
        var id = await CreateProjectAsync();
        var connection = await AddConnectionAsync(id);
        await AddSnapshotAsync(id, connection, MewsExamples.PropertyProfileJson, Clock.Now);
        return id;
    }

    [Fact]
    public async Task An_empty_catalog_opens_on_the_catalog_and_starting_from_the_Mews_codes_fills_it()
    {
        var id = await ReadyAsync();
        var page = RenderWithProviders<MappingPage>(p => p.Add(x => x.ProjectId, id));

        (await page.WaitForElementAsync("#catalog-from-mews")).Click();

        await page.WaitForAssertionAsync(() => Assert.Contains("13 codes added", page.Find(".mapping-status").TextContent));
        Assert.Equal(7, page.FindAll("#catalog-rooms td[data-code]").Count);
        Assert.Contains("Your catalog (13)", page.Markup);
    }

    [Fact]
    public async Task A_refused_drop_is_explained_next_to_the_board_and_another_tab_starts_without_it()
    {
        var id = await ReadyAsync();
        var page = RenderWithProviders<MappingPage>(p => p.Add(x => x.ProjectId, id));
        (await page.WaitForElementAsync("#catalog-from-mews")).Click();
        await page.WaitForElementAsync(".mapping-status");
        var tabs = page.FindComponent<MudTabs>();
        await tabs.InvokeAsync(() => tabs.Instance.ActivatePanelAsync(1));
        var rooms = page.FindComponents<MappingBoard>().Single(b => b.Instance.Kind == CmCodeKind.Room);
        await Drop(rooms, "DBL", "DBL");
        rooms = page.FindComponents<MappingBoard>().Single(b => b.Instance.Kind == CmCodeKind.Room);

        await Drop(rooms, "TWN", "DBL");

        await page.WaitForAssertionAsync(() => Assert.Contains("CM room DBL already receives Mews space type DBL", page.Find(".mapping-status[data-failed='true']").TextContent));
        Assert.Single(page.FindAll("#board-room .board-zone[data-zone='DBL'] .board-item"));
        Assert.Single(page.FindAll("#board-room .board-unmapped .board-item[data-item='TWN']"));
        await tabs.InvokeAsync(() => tabs.Instance.ActivatePanelAsync(2));
        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll(".mapping-status")));
    }

    private static Task Drop(IRenderedComponent<MappingBoard> board, string item, string zone)
    {
        var container = board.FindComponent<MudDropContainer<BoardItem>>();
        var card = container.Instance.Items!.Single(i => i.Code == item);
        return board.InvokeAsync(() => container.Instance.ItemDropped.InvokeAsync(new MudItemDropInfo<BoardItem>(card, zone, 0)));
    }
}
