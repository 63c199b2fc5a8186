using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Features.Reservations.Scenarios;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class ScenarioBuilderTests
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));
    private static readonly PropertyProfileData Profile = PropertyProfileData.Parse(Seed.Response("getConfiguration").ToJsonString())!;

    private static ScenarioInputs Inputs(IReadOnlyList<Combination>? mapped = null) => new(
        7, Profile, mapped ?? [], new Dictionary<string, string> { ["DBL"] = "DOUBLE" }, new Dictionary<string, string> { ["FF"] = "FLEX" },
        [new MewsChannel(1, "Booking.com")], new DateOnly(2026, 12, 2));

    private static ReservationScenario Scenario(string testId, ScenarioInputs? inputs = null) => ScenarioBuilder.Build(ReservationTest.Find(testId)!, inputs ?? Inputs());

    [Theory]
    [InlineData("RES-01")]
    [InlineData("RES-04")]
    [InlineData("RES-07")]
    [InlineData("RES-10")]
    [InlineData("RES-13")]
    public void Each_new_booking_example_passes_its_own_rules(string testId)
    {
        using var group = JsonDocument.Parse(Scenario(testId).PayloadText);

        Assert.Empty(ReservationRules.Check(ReservationTest.Find(testId)!, group.RootElement, null, Bookings.Context));
    }

    [Theory]
    [InlineData("RES-02")]
    [InlineData("RES-03")]
    [InlineData("RES-05")]
    [InlineData("RES-06")]
    [InlineData("RES-08")]
    [InlineData("RES-09")]
    [InlineData("RES-11")]
    [InlineData("RES-12")]
    public void Each_change_example_passes_against_its_original_example(string testId)
    {
        var test = ReservationTest.Find(testId)!;
        using var group = JsonDocument.Parse(Scenario(testId).PayloadText);
        using var original = JsonDocument.Parse(Scenario(test.Original!).PayloadText);

        Assert.Empty(ReservationRules.Check(test, group.RootElement, original.RootElement, Bookings.Context));
    }

    [Fact]
    public void The_ERR_06_example_breaks_the_business_rule_Mews_refuses_with_code_7()
    {
        using var group = JsonDocument.Parse(Scenario("ERR-06").PayloadText);

        Assert.Contains("is not before end date", BookingBusinessRules.Violation(group.RootElement));
    }

    [Fact]
    public void The_card_names_the_CM_codes_next_to_the_Mews_ones_and_leaves_the_tokens_as_placeholders()
    {
        var scenario = Scenario("RES-01", Inputs([new Combination("FF", "DBL", true)]));

        Assert.Contains(scenario.Steps, s => s.Value.Contains("(DBL, your code DOUBLE) on", StringComparison.Ordinal) && s.Value.Contains("(FF, your code FLEX)", StringComparison.Ordinal));
        Assert.Contains(ScenarioBuilder.ClientTokenPlaceholder, scenario.PayloadText);
        Assert.DoesNotContain(Seed.ClientToken, scenario.PayloadText);
    }

    [Fact]
    public void A_multi_room_test_without_two_mapped_rate_plans_says_what_to_map()
    {
        var scenario = Scenario("RES-07", Inputs([new Combination("FF", "DBL", true), new Combination("FF", "TWN", true)]));

        Assert.Null(scenario.Payload);
        Assert.Contains("map at least two rate plans", scenario.Example.Message);
        Assert.Contains("map at least two rate plans", Scenario("RES-08", Inputs([new Combination("FF", "DBL", true)])).Example.Message);
    }

    [Fact]
    public void The_confirmation_keeps_the_numbers_of_a_cancelled_groups_codes()
    {
        using var original = JsonDocument.Parse(Scenario("RES-07").PayloadText);
        using var cancellation = JsonDocument.Parse(Scenario("RES-09").PayloadText);

        var first = BookingConfirmation.Build(original.RootElement, null, "client", "connection");
        var cancelled = BookingConfirmation.Build(cancellation.RootElement, original.RootElement, "client", "connection");

        Assert.Equal(3, first["reservations"]!.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(first["reservations"], cancelled["reservations"]));
        Assert.Equal("msg-7-RES-07-RES-09", cancelled["relatedMessageId"]!.GetValue<string>());
    }
}
