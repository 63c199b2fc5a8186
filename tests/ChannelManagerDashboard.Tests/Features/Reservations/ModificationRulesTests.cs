using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class ModificationRulesTests
{
    private static BookingContext Context => Bookings.Context;

    private static IReadOnlyList<string> Check(JsonObject modified, string testId = "RES-02", string basis = "gross")
    {
        using var group = JsonDocument.Parse(modified.ToJsonString());
        using var previous = JsonDocument.Parse(Bookings.Good(basis).ToJsonString());
        return ModificationRules.Check(ReservationTest.Find(testId)!, group.RootElement, previous.RootElement, Context);
    }

    /// <summary>RES-01 with one more night, its totals recomputed, as a new message.</summary>
    private static JsonObject OneMoreNight(string basis = "gross")
    {
        var group = Bookings.Good(basis);
        group["messageId"] = "msg-000185";
        var reservation = group.Reservation();
        reservation["to"] = "2026-10-15";
        reservation["amounts"]!.AsArray().Add(new JsonObject { [basis] = 150.00 });
        reservation["totalAmount"] = new JsonObject { [basis] = 430.00 };
        group["totalAmount"] = new JsonObject { [basis] = 430.00 };
        return group;
    }

    [Theory]
    [InlineData("RES-02", "gross")]
    [InlineData("RES-05", "net")]
    public void An_extra_night_with_the_totals_recomputed_passes(string testId, string basis) => Assert.Empty(Check(OneMoreNight(basis), testId, basis));

    public static TheoryData<string, Action<JsonObject>, string> Broken => new()
    {
        { "nothing changed", g => { g.Reservation()["to"] = "2026-10-14"; g.Reservation()["amounts"]!.AsArray().RemoveAt(2); g.Reservation()["totalAmount"] = new JsonObject { ["gross"] = 280.00 }; g["totalAmount"] = new JsonObject { ["gross"] = 280.00 }; }, "Nothing changed" },
        { "a new channelManagerId", g => g["channelManagerId"] = "CM-100185", "a modification keeps it" },
        { "the original's messageId", g => g["messageId"] = "msg-000184", "every message needs a new one" },
        { "a new reservation code", g => g.Reservation()["code"] = "02", "Reservation 01 of the RES-01 booking is missing" },
        { "amounts not recomputed for the new night", g => g.Reservation()["amounts"]!.AsArray().RemoveAt(2), "3 nights need 3 entries" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_modification_that_breaks_one_rule_says_which(string what, Action<JsonObject> breakIt, string reason)
    {
        var group = OneMoreNight();
        breakIt(group);

        var reasons = Check(group);

        Assert.True(reasons.Any(r => r.Contains(reason, StringComparison.Ordinal)), $"{what}: expected \"{reason}\", got: {string.Join(" | ", reasons)}");
    }
}
