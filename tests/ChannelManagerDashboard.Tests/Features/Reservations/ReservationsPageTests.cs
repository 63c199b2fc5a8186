using Bunit;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

/// <summary>What a card's buttons open or answer shows on that card, with focus moved there.</summary>
public sealed class ReservationsPageTests : ComponentTest
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));

    /// <summary>A Demo project with a picked connection and its fetched configuration: the cards have their scenarios.</summary>
    private async Task<int> ProjectWithProfileAsync()
    {
        var id = await CreateProjectAsync();
        await AddSnapshotAsync(id, await AddConnectionAsync(id), Seed.Response("getConfiguration").ToJsonString(), Clock.Now);
        return id;
    }

    [Fact]
    public async Task Paste_messages_opens_the_form_on_its_own_card_with_focus_in_it_and_the_verdict_shows_there_too()
    {
        var id = await ProjectWithProfileAsync();
        var page = RenderWithProviders<ReservationsPage>(p => p.Add(x => x.ProjectId, id));

        (await page.WaitForElementAsync("#reservation-RES-02 .paste-test")).Click();

        Assert.Single(page.FindAll("#reservation-RES-02 #paste-form"));
        Assert.Single(page.FindAll("#paste-form"));
        Assert.Equal("pasted-group", JSInterop.Invocations["dashboard.focus"].Last().Arguments.Single());

        page.Find("#pasted-group").Input("{ \"not\": \"a Process group\" }");
        page.Find("#judge-pasted").Click();

        var status = await page.WaitForElementAsync("#reservation-RES-02 #reservations-status");
        Assert.Equal("RES-02", status.GetAttribute("data-test"));
        Assert.Single(page.FindAll("#reservation-RES-02 #paste-form"));
    }

    [Fact]
    public async Task Opening_another_cards_form_moves_it_there()
    {
        var id = await ProjectWithProfileAsync();
        var page = RenderWithProviders<ReservationsPage>(p => p.Add(x => x.ProjectId, id));
        (await page.WaitForElementAsync("#reservation-RES-02 .paste-test")).Click();

        page.Find("#reservation-RES-03 .paste-test").Click();

        Assert.Empty(page.FindAll("#reservation-RES-02 #paste-form"));
        Assert.Equal("RES-03", page.Find("#reservation-RES-03 #paste-form").GetAttribute("data-test"));
    }
}
