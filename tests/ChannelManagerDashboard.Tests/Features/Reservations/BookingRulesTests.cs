using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class BookingRulesTests
{
    private static BookingContext Context => Bookings.Context;

    private static IReadOnlyList<string> Check(JsonObject group, string testId = "RES-01")
    {
        using var document = JsonDocument.Parse(group.ToJsonString());
        return BookingRules.Check(ReservationTest.Find(testId)!, document.RootElement, Context);
    }

    [Theory]
    [InlineData("RES-01", "gross")]
    [InlineData("RES-04", "net")]
    public void The_documented_booking_passes(string testId, string basis) => Assert.Empty(Check(Bookings.Good(basis), testId));

    public static TheoryData<string, Action<JsonObject>, string> Broken => new()
    {
        { "a card that is not a test card", g => g["paymentCard"]!["number"] = "4000123412341234", "is not one of Mews' test cards" },
        { "a Visa card typed as MasterCard", g => g["paymentCard"]!["type"] = 2, "Visa test card, so its `type` must be 1" },
        { "an expiry as yyyy-MM", g => g["paymentCard"]!["expireDate"] = "2022-10", "`MMyy`" },
        { "an expiry month 13", g => g["paymentCard"]!["expireDate"] = "1322", "`MMyy`" },
        { "cvv 000", g => g["paymentCard"]!["cvv"] = "000", "cvv` is 000" },
        { "no card", g => g.Remove("paymentCard"), "`paymentCard` is missing" },
        { "one amount for two nights", g => g.Reservation()["amounts"]!.AsArray().RemoveAt(1), "2 nights need 2 entries in `amounts`" },
        { "a reservation total that is not its nights", g => g.Reservation()["totalAmount"] = new JsonObject { ["gross"] = 300.00 }, "is not the sum of its nights, 280.00" },
        { "a group total that is not its reservations", g => g["totalAmount"] = new JsonObject { ["gross"] = 290.00 }, "group's `totalAmount` 290.00 is not the sum" },
        { "a net amount in a gross test", g => g.Reservation()["amounts"]![0]!["net"] = 120.00, "also has a `net` amount" },
        { "no currency", g => g.Remove("currencyCode"), "`currencyCode`" },
        { "payment type 4", g => g["paymentType"] = 4, "`paymentType`" },
        { "no message id", g => g.Remove("messageId"), "`messageId` is missing" },
        { "a space type the property does not have", g => g.Reservation()["spaceTypeCode"] = "PENTHOUSE", "\"PENTHOUSE\" is not a space type" },
        { "a rate plan the property does not have", g => g.Reservation()["ratePlanCode"] = "XMAS", "\"XMAS\" is not a rate plan" },
        { "2 adults and no child", g => g.Reservation()["guestCounts"] = JsonNode.Parse("""[{"code":"Adult","count":2}]"""), "2 adults and 1 child" },
        { "no companion", g => g.Reservation().Remove("guests"), "no companion" },
        { "no primary source", g => g["sources"]![0]!["isPrimary"] = false, "`isPrimary: true`" },
        { "a channel Get channels does not list", g => g["sources"]![0]!["code"] = 77, "77 is not a channel Get channels lists" },
        { "the deprecated adultCount", g => g.Reservation()["adultCount"] = 2, "`adultCount` is deprecated" },
        { "the deprecated channel", g => g["channel"] = "Booking.com", "`channel` is deprecated" },
        { "the deprecated company.iata", g => g["company"] = new JsonObject { ["name"] = "Acme", ["iata"] = "123" }, "`company.iata` is deprecated" },
        { "departure before arrival", g => { g.Reservation()["from"] = "2026-10-14"; g.Reservation()["to"] = "2026-10-12"; }, "arrival 2026-10-14 is not before departure 2026-10-12" },
        { "two reservations", g => g["reservations"]!.AsArray().Add(g.Reservation().DeepClone()), "books one reservation; the message has 2" },
        { "a booker without a last name", g => g["booker"] = new JsonObject { ["firstName"] = "Eva" }, "`booker` has no `lastName`" },
        { "a booker that is a name, not a customer", g => g["booker"] = "Eva Jansen", "`booker` must be a Customer object" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_booking_that_breaks_one_rule_fails_with_that_rule_in_plain_words(string what, Action<JsonObject> breakIt, string reason)
    {
        var group = Bookings.Good();
        breakIt(group);

        var reasons = Check(group);

        Assert.True(reasons.Any(r => r.Contains(reason, StringComparison.Ordinal)), $"{what}: expected a reason with \"{reason}\", got: {string.Join(" | ", reasons)}");
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_a_reason_not_a_crash()
    {
        var group = Bookings.Good();
        group["reservations"] = "none";
        group["paymentCard"] = 5;
        group["sources"] = new JsonObject();

        var reasons = Check(group);

        Assert.Contains(reasons, r => r.Contains("books one reservation; the message has 0", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("`paymentCard` is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_number_in_a_reason_shows_only_its_last_four_digits()
    {
        var group = Bookings.Good();
        group["paymentCard"]!["number"] = "4000123412349876";

        Assert.DoesNotContain(Check(group), r => r.Contains("40001234", StringComparison.Ordinal));
        Assert.Contains(Check(group), r => r.Contains("••••••••••••9876", StringComparison.Ordinal));
    }

    [Fact]
    public void A_booker_who_is_not_the_customer_is_accepted_and_shown_with_the_stored_booking()
    {
        var group = Bookings.Good();
        group["booker"] = new JsonObject { ["firstName"] = "Eva", ["lastName"] = "Jansen", ["email"] = "eva.jansen@example.com" };

        Assert.Empty(Check(group));
        using var document = JsonDocument.Parse(group.ToJsonString());
        Assert.Contains("Booked by Eva Jansen, eva.jansen@example.com", StoredBooking.Describe(document.RootElement, new Dictionary<string, string>()));
    }

    [Fact]
    public void A_channelManagerId_equal_to_the_connection_token_gets_a_note_that_never_repeats_the_token()
    {
        const string token = "C90C3BC8A2E54FC1B2B3AF1C00E4B43";
        var group = Bookings.Good();
        group["channelManagerId"] = token;
        using var document = JsonDocument.Parse(group.ToJsonString());

        var note = Assert.Single(BookingNotes.Of(document.RootElement, token));

        Assert.Contains("`channelManagerId` is the connection token", note);
        Assert.DoesNotContain(token, note);
        Assert.Empty(Check(group));
        using var own = JsonDocument.Parse(Bookings.Good().ToJsonString());
        Assert.Empty(BookingNotes.Of(own.RootElement, token));
    }
}
