using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class ProductRulesTests
{
    private static IReadOnlyList<string> Check(JsonObject group, string testId = "RES-13")
    {
        using var document = JsonDocument.Parse(group.ToJsonString());
        return ReservationRules.Check(ReservationTest.Find(testId)!, document.RootElement, null, Bookings.Context);
    }

    [Theory]
    [InlineData("gross")]
    [InlineData("net")]
    public void Breakfast_in_extras_and_in_the_totals_passes_gross_and_net(string basis) => Assert.Empty(Check(Bookings.WithProduct(basis)));

    [Fact]
    public void RES_01_with_a_product_still_passes_RES_01() => Assert.Empty(Check(Bookings.WithProduct(), "RES-01"));

    [Fact]
    public void RES_13_without_an_extra_fails() =>
        Assert.Contains(Check(Bookings.Good()), r => r.Contains("add at least one line to a reservation's `extras`", StringComparison.Ordinal));

    public static TheoryData<string, Action<JsonObject>, string> Broken => new()
    {
        { "a product the property does not have", g => Extra(g)["code"] = "SPA", "\"SPA\" is not a product of the configuration (BRK" },
        { "pricing 5", g => Extra(g)["pricing"] = 5, "`pricing` must be 1 (once)" },
        { "no count", g => Extra(g).Remove("count"), "`count` must be the number ordered" },
        { "the same from and to", g => Extra(g)["to"] = "2026-10-12", "the two dates must differ" },
        { "dates outside the stay", g => Extra(g)["to"] = "2026-10-20", "is not inside the stay" },
        { "a total without the extra", g => { g.Reservation()["totalAmount"] = new JsonObject { ["gross"] = 280.00 }; g["totalAmount"] = new JsonObject { ["gross"] = 280.00 }; }, "is not its nights plus its extras, 354.00" },
        { "a net amount on a gross extra", g => Extra(g)["amount"] = new JsonObject { ["net"] = 68.00 }, "extra 1: `amount` (the line total, not a unit price) has no `gross` amount" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void An_extra_that_breaks_one_rule_says_which(string what, Action<JsonObject> breakIt, string reason)
    {
        var group = Bookings.WithProduct();
        breakIt(group);

        var reasons = Check(group);

        Assert.True(reasons.Any(r => r.Contains(reason, StringComparison.Ordinal)), $"{what}: expected \"{reason}\", got: {string.Join(" | ", reasons)}");
    }

    private static JsonObject Extra(JsonObject group) => group.Reservation()["extras"]![0]!.AsObject();
}
