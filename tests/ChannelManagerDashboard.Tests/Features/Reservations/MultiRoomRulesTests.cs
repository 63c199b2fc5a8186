using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class MultiRoomRulesTests
{
    private static IReadOnlyList<string> Check(JsonObject group, string testId = "RES-07", JsonObject? previous = null)
    {
        using var document = JsonDocument.Parse(group.ToJsonString());
        using var earlier = JsonDocument.Parse((previous ?? new JsonObject()).ToJsonString());
        return ReservationRules.Check(ReservationTest.Find(testId)!, document.RootElement, previous is null ? null : earlier.RootElement, Bookings.Context);
    }

    [Theory]
    [InlineData("RES-07", "gross")]
    [InlineData("RES-10", "net")]
    public void Three_rooms_on_two_rate_plans_with_varying_nightly_prices_pass(string testId, string basis) => Assert.Empty(Check(Bookings.MultiRoom(basis), testId));

    public static TheoryData<string, Action<JsonObject>, string> Broken => new()
    {
        { "two rooms", g => g["reservations"]!.AsArray().RemoveAt(2), "RES-07 books 3 reservations in one group; the message has 2" },
        { "one rate plan", g => g.Reservation(2)["ratePlanCode"] = "FF", "exactly 2 rate plans; the message uses 1 (FF)" },
        { "three rate plans", g => g.Reservation(1)["ratePlanCode"] = "BB", "the message uses 3" },
        { "a code used twice", g => g.Reservation(1)["code"] = "01", "The reservation code 01 is used 2 times" },
        { "the same price every night", g => g.Price(0, "gross", 140, 140), "every night costs 140.00" },
        { "a one-night stay", g => { g.Reservation(0)["to"] = "2026-11-03"; g.Price(0, "gross", 140); }, "book at least 2 nights" },
        { "a group total that misses a room", g => g["totalAmount"] = new JsonObject { ["gross"] = 565.00 }, "is not the sum of its reservations' totals, 860.00" },
        { "one room priced net", g => g.Reservation(2)["amounts"] = JsonNode.Parse("""[{"net":90},{"net":100},{"net":105}]"""), "Reservation 03: night 1 in `amounts` has no `gross` amount" },
        { "a pair the property does not sell", g => g.Reservation(2)["spaceTypeCode"] = "TRP", "rate plan NR is not sold with space type TRP" },
        { "no guest counts", g => g.Reservation(1).Remove("guestCounts"), "`guestCounts` is missing or empty" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_multi_room_booking_that_breaks_one_rule_says_which(string what, Action<JsonObject> breakIt, string reason)
    {
        var group = Bookings.MultiRoom();
        breakIt(group);

        var reasons = Check(group);

        Assert.True(reasons.Any(r => r.Contains(reason, StringComparison.Ordinal)), $"{what}: expected \"{reason}\", got: {string.Join(" | ", reasons)}");
    }

    /// <summary>The certification's suggestion: one room gets an extra night, another is cancelled with state 3.</summary>
    private static JsonObject SuggestedModification(string basis = "gross")
    {
        var group = Bookings.MultiRoom(basis);
        group["messageId"] = "msg-000301";
        group.Reservation(0)["to"] = "2026-11-05";
        group.Reservation(2)["state"] = 3;
        group.Price(0, basis, 140, 150, 160);
        return group;
    }

    [Theory]
    [InlineData("RES-08", "gross")]
    [InlineData("RES-11", "net")]
    public void An_extra_night_on_one_room_and_another_cancelled_passes(string testId, string basis) =>
        Assert.Empty(Check(SuggestedModification(basis), testId, Bookings.MultiRoom(basis)));

    [Fact]
    public void A_room_added_counts_as_one_of_the_two_changes()
    {
        var group = Bookings.MultiRoom();
        group["messageId"] = "msg-000301";
        var added = group.Reservation(1).DeepClone().AsObject();
        added["code"] = "04";
        group["reservations"]!.AsArray().Add(added);
        group.Price(3, "gross", 120, 125);
        group.Price(1, "gross", 135, 145);

        Assert.Empty(Check(group, "RES-08", Bookings.MultiRoom()));
    }

    public static TheoryData<string, Action<JsonObject>, string> BrokenModifications => new()
    {
        { "only one room changed", g => { g.Reservation(2)["state"] = 1; }, "changes exactly 2 of the 3 reservations; 1 differ" },
        { "all three changed", g => g.Price(1, "gross", 131, 145), "3 differ from the RES-07 booking (01, 02, 03)" },
        { "nothing changed", g => { g.Reservation(2)["state"] = 1; g.Reservation(0)["to"] = "2026-11-04"; g.Price(0, "gross", 140, 150); }, "Nothing changed in the reservations since the RES-07 booking" },
        { "a room left out", g => g["reservations"]!.AsArray().RemoveAt(2), "Reservation 03 of the RES-07 booking is left out" },
        { "amounts not recomputed", g => g.Reservation(0)["amounts"]!.AsArray().RemoveAt(2), "3 nights need 3 entries in `amounts`" },
        { "a new channelManagerId", g => g["channelManagerId"] = "CM-999", "a modification keeps it" },
    };

    [Theory]
    [MemberData(nameof(BrokenModifications))]
    public void A_multi_room_modification_that_breaks_one_rule_says_which(string what, Action<JsonObject> breakIt, string reason)
    {
        var group = SuggestedModification();
        breakIt(group);

        var reasons = Check(group, "RES-08", Bookings.MultiRoom());

        Assert.True(reasons.Any(r => r.Contains(reason, StringComparison.Ordinal)), $"{what}: expected \"{reason}\", got: {string.Join(" | ", reasons)}");
    }

    [Fact]
    public void A_state_of_modified_on_an_unchanged_room_is_not_a_change()
    {
        var group = SuggestedModification();
        group.Reservation(1)["state"] = 2;

        Assert.Empty(Check(group, "RES-08", Bookings.MultiRoom()));
    }
}
