using Bunit;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Features.Reservations.Scenarios;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class ScenarioCardTests : ComponentTest
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));

    private static ReservationScenario Scenario(string testId) => ScenarioBuilder.Build(ReservationTest.Find(testId)!, new ScenarioInputs(
        3, PropertyProfileData.Parse(Seed.Response("getConfiguration").ToJsonString())!, [], new Dictionary<string, string>(), new Dictionary<string, string>(),
        [new MewsChannel(1, "Booking.com")], new DateOnly(2026, 12, 2)));

    [Fact]
    public void A_card_shows_what_to_book_the_example_and_starts_its_own_test()
    {
        string? started = null;
        var card = Render<ScenarioCard>(p => p.Add(x => x.Scenario, Scenario("RES-13")).Add(x => x.Live, true).Add(x => x.Start, id => started = id));

        Assert.Contains("optional", card.Markup);
        Assert.Contains("Breakfast buffet (BRK)", card.Find(".scenario-steps").TextContent);
        Assert.Contains("\"extras\"", card.Find(".scenario-payload .code-block-body").TextContent);
        card.Find(".start-test").Click();
        Assert.Equal("RES-13", started);
        Assert.Empty(card.FindAll(".confirm-check"));
    }

    [Fact]
    public void A_pass_waiting_for_a_person_offers_the_check_in_the_certifications_words_and_a_change_names_its_original()
    {
        var row = new TestRow(TestCatalog.Find("RES-02")!, TestStatus.Passed, "", "jana@example.com", DateTimeOffset.UnixEpoch, NeedsHumanCheck: true);
        string? confirmed = null;

        var card = Render<ScenarioCard>(p => p.Add(x => x.Scenario, Scenario("RES-02")).Add(x => x.Row, row).Add(x => x.Confirm, id => confirmed = id));

        Assert.Contains("changes the RES-01 booking", card.Markup);
        Assert.Equal("true", card.Find("#reservation-RES-02").GetAttribute("data-needs-check"));
        Assert.Empty(card.FindAll(".start-test"));
        card.Find(".confirm-check").Click();
        Assert.Equal("RES-02", confirmed);
        Assert.Contains("I checked: the change is visible in Mews", card.Find(".confirm-check").TextContent);
    }
}
