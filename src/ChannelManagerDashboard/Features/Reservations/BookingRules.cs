using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The payload rules of a new booking (RES-01, RES-04, RES-07, RES-10, RES-13) for one Process group message, each
/// failure in plain words; a modification is judged by its original's rules too. Written against the raw JSON, so a
/// field of the wrong type is a reason, not a crash.
/// </summary>
public static class BookingRules
{
    private const int Cancelled = 3;

    /// <param name="test">A new-booking test: the test itself, or the original of a modification.</param>
    /// <param name="modified">The group is a later version: rooms may have been added or cancelled, so the multi-room shape is not required again.</param>
    public static IReadOnlyList<string> Check(ReservationTest test, JsonElement group, BookingContext context, bool modified = false)
    {
        if (test.Kind != ReservationKind.NewBooking)
            throw new ArgumentException($"{test.Id} is not a new-booking test.", nameof(test));
        if (group.ValueKind != JsonValueKind.Object)
            return ["The message is not a JSON object: send the Process group body."];

        var reasons = new List<string>();
        foreach (var field in new[] { "messageId", "channelManagerId", "channelId" })
        {
            if (Text(group, field) is not { Length: > 0 })
                reasons.Add($"`{field}` is missing: every Process group needs it.");
        }
        if (Text(group, "currencyCode") is not { Length: 3 })
            reasons.Add("`currencyCode` is missing or not a three-letter ISO code (e.g. EUR).");
        if (!group.TryGetProperty("paymentType", out var paymentType) || paymentType.ValueKind != JsonValueKind.Number || !paymentType.TryGetInt32(out var payment) || payment is < 1 or > 3)
            reasons.Add("`paymentType` is missing or not 1 (prepaid), 2 (preauthorized) or 3 (on site).");
        CheckCard(group, reasons);
        CheckBooker(group, reasons);
        CheckDeprecated(group.GetRawText(), reasons);
        CheckSources(group, test, context, reasons);

        var basis = test.Basis ?? BasisOf(group);
        var reservations = group.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        var active = reservations.Where(r => !IsCancelled(r)).ToList();
        CheckShape(test, reservations, modified, reasons);
        var sum = 0m;
        foreach (var reservation in active)
            sum += StayRules.Check(reservation, basis, test, context, reasons);
        if (test.Optional && !active.Any(r => r.TryGetProperty("extras", out var extras) && extras.ValueKind == JsonValueKind.Array && extras.GetArrayLength() > 0))
            reasons.Add($"{test.Id} books a product: add at least one line to a reservation's `extras` (a product of the configuration, e.g. BRK).");
        if (StayRules.Amount(group, "totalAmount", basis, "the group's `totalAmount`", reasons) is { } total && active.Count > 0 && total != sum)
            reasons.Add($"The group's `totalAmount` {StayRules.Format(total)} is not the sum of its reservations' totals, {StayRules.Format(sum)}.");
        return reasons;
    }

    /// <summary>The price basis a test that allows either uses: the group's own choice, which the whole group must keep.</summary>
    private static string BasisOf(JsonElement group) =>
        group.TryGetProperty("totalAmount", out var total) && total.ValueKind == JsonValueKind.Object && !total.TryGetProperty("gross", out _) && total.TryGetProperty("net", out _)
            ? "net" : "gross";

    private static bool IsCancelled(JsonElement reservation) =>
        reservation.ValueKind == JsonValueKind.Object && reservation.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Number
        && state.TryGetInt32(out var value) && value == Cancelled;

    private static void CheckShape(ReservationTest test, List<JsonElement> reservations, bool modified, List<string> reasons)
    {
        var codes = reservations.Select(r => Text(r, "code")).OfType<string>().ToList();
        foreach (var duplicate in codes.GroupBy(c => c).Where(g => g.Count() > 1))
            reasons.Add($"The reservation code {duplicate.Key} is used {duplicate.Count()} times: each reservation of a group needs its own code.");
        if (modified && test.MultiRoom)
            return;
        if (reservations.Count != test.Rooms)
            reasons.Add($"{test.Id} books {Rooms(test.Rooms)}; the message has {reservations.Count} in `reservations`.");
        if (!test.MultiRoom)
            return;
        var rates = reservations.Select(r => Text(r, "ratePlanCode")).OfType<string>().Distinct().Order().ToList();
        if (rates.Count != 2)
            reasons.Add($"{test.Id} books its {test.Rooms} spaces on exactly 2 rate plans; the message uses {rates.Count} ({string.Join(", ", rates)}).");
    }

    private static string Rooms(int count) => count == 1 ? "one reservation" : $"{count} reservations in one group";

    private static void CheckCard(JsonElement group, List<string> reasons)
    {
        if (!group.TryGetProperty("paymentCard", out var card) || card.ValueKind != JsonValueKind.Object)
        {
            reasons.Add("`paymentCard` is missing: the test needs a test card (Mews requires a card on every reservation in production).");
            return;
        }
        var number = new string((Text(card, "number") ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!TestCards.ByNumber.TryGetValue(number, out var brand))
            reasons.Add($"The card {TestCards.Mask(number)} is not one of Mews' test cards (Visa 4111111111111111, MasterCard 5555444433331111, Amex 370000000000002, Diners 36006666333344, Discover 6445644564456445).");
        else if (!card.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || type.GetInt32() != brand.Type)
            reasons.Add($"The card is a {brand.Brand} test card, so its `type` must be {brand.Type}.");
        if (Text(card, "expireDate") is not { Length: 4 } expiry || !expiry.All(char.IsAsciiDigit) || int.Parse(expiry[..2], CultureInfo.InvariantCulture) is < 1 or > 12)
            reasons.Add("`paymentCard.expireDate` must be month and year as `MMyy`, e.g. \"1022\".");
        if (Text(card, "cvv") == "000")
            reasons.Add("`paymentCard.cvv` is 000, which Mews refuses; any other CVV is accepted.");
    }

    /// <summary>Optional since March 2025: the person who made the booking, when not the customer. A Customer, so lastName is required.</summary>
    private static void CheckBooker(JsonElement group, List<string> reasons)
    {
        if (!group.TryGetProperty("booker", out var booker) || booker.ValueKind == JsonValueKind.Null)
            return;
        if (booker.ValueKind != JsonValueKind.Object)
            reasons.Add("`booker` must be a Customer object (lastName, firstName, email…), or left out when the customer made the booking.");
        else if (Text(booker, "lastName") is not { Length: > 0 })
            reasons.Add("`booker` has no `lastName`; like `customer`, a booker needs one (or leave `booker` out when the customer made the booking).");
    }

    private static void CheckDeprecated(string group, List<string> reasons)
    {
        foreach (var deprecation in CmDeprecations.All.Where(d => d.Side == DeprecationSide.CmRequest))
        {
            foreach (var name in deprecation.FoundIn(group))
                reasons.Add($"`{name}` is deprecated{(deprecation.NeedsRecertification ? " (replacing it needs re-certification)" : "")}: send `{deprecation.Replacement}` instead.");
        }
    }

    private static void CheckSources(JsonElement group, ReservationTest test, BookingContext context, List<string> reasons)
    {
        var sources = group.TryGetProperty("sources", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (test.NeedsChannel && !sources.Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("isPrimary", out var primary) && primary.ValueKind == JsonValueKind.True))
            reasons.Add("`sources[]` has no source with `isPrimary: true`: name the channel the guest booked on.");
        foreach (var source in sources.Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("code", out _)))
        {
            var code = source.GetProperty("code");
            if (code.ValueKind != JsonValueKind.Number || !context.ChannelCodes.Contains(code.GetInt32()))
                reasons.Add($"`sources[].code` {code.GetRawText()} is not a channel Get channels lists ({string.Join(", ", context.ChannelCodes.Order())}).");
        }
    }
}
