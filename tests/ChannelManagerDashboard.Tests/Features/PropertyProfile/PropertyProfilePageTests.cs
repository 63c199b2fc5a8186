using Bunit;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ChannelManagerDashboard.Tests.Features.PropertyProfile;

public sealed class PropertyProfilePageTests : ComponentTest
{
    /// <returns>A project with one connection and two stored snapshots: the demo configuration, then <paramref name="newerJson"/>.</returns>
    private async Task<(int Project, int Older, int Newer)> StoredAsync(string newerJson)
    {
        var id = await CreateProjectAsync();
        var connection = await AddConnectionAsync(id);
        var older = await AddSnapshotAsync(id, connection, MewsExamples.PropertyProfileJson, Clock.Now.AddDays(-1));
        return (id, older, await AddSnapshotAsync(id, connection, newerJson, Clock.Now));
    }

    [Fact]
    public async Task Without_a_fetch_the_page_says_which_steps_bring_one()
    {
        var id = await CreateProjectAsync();

        var page = RenderWithProviders<PropertyProfilePage>(p => p.Add(x => x.ProjectId, id));

        var empty = await page.WaitForElementAsync("#configuration-empty");
        Assert.Equal([$"projects/{id}/setup/P4", $"projects/{id}/setup/P5"], empty.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_snapshot_that_cannot_be_read_says_what_to_do_and_the_older_one_is_one_choice_away()
    {
        var (id, older, _) = await StoredAsync("{ not json");
        var page = RenderWithProviders<PropertyProfilePage>(p => p.Add(x => x.ProjectId, id));
        Assert.Contains("Fetch the configuration again in P5", (await page.WaitForElementAsync("#configuration-unreadable")).TextContent);

        var pick = page.FindComponent<MudSelect<int>>();
        await pick.InvokeAsync(() => pick.Instance.ValueChanged.InvokeAsync(older));

        Assert.EndsWith($"/projects/{id}/configuration?snapshot={older}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task The_viewer_shows_the_readiness_and_the_sold_combinations_with_their_state_in_words()
    {
        var (id, older, _) = await StoredAsync(MewsExamples.PropertyProfileJson);
        Get<NavigationManager>().NavigateTo($"projects/{id}/configuration?snapshot={older}");

        var page = RenderWithProviders<PropertyProfilePage>(p => p.Add(x => x.ProjectId, id));

        Assert.Equal("required checks met", (await page.WaitForElementAsync("#readiness-verdict")).TextContent.Trim());
        var tabs = page.FindComponent<MudTabs>();
        await tabs.InvokeAsync(() => tabs.Instance.ActivatePanelAsync(3));
        var cell = await page.WaitForElementAsync("#inventory-matrix td[data-rate='FF'][data-space='TRP']");
        Assert.Equal("true", cell.GetAttribute("data-sold"));
        Assert.Equal("sold, not pushed", cell.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("not sold", page.Find("#inventory-matrix td[data-rate='LS7'][data-space='SGL'] .visually-hidden").TextContent);
    }
}
