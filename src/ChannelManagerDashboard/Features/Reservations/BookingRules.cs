using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;
using static ChannelManagerDashboard.Domain.Common.JsonFields;
using ChannelManagerDashboard.Domain.Common;

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
            sum += CheckReservation(reservation, basis, test, context, reasons);
        if (test.Optional && !active.Any(r => r.TryGetProperty("extras", out var extras) && extras.ValueKind == JsonValueKind.Array && extras.GetArrayLength() > 0))
            reasons.Add($"{test.Id} books a product: add at least one line to a reservation's `extras` (a product of the configuration, e.g. BRK).");
        if (Amount(group, "totalAmount", basis, "the group's `totalAmount`", reasons) is { } total && active.Count > 0 && total != sum)
            reasons.Add($"The group's `totalAmount` {Format(total)} is not the sum of its reservations' totals, {Format(sum)}.");
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

    /// <returns>The reservation's total, for the group's sum.</returns>
    private static decimal CheckReservation(JsonElement reservation, string basis, ReservationTest test, BookingContext context, List<string> reasons)
    {
        var code = Text(reservation, "code") ?? "";
        var name = code.Length > 0 ? $"Reservation {code}" : "A reservation";
        if (code.Length == 0)
            reasons.Add("A reservation has no `code`: the CM's own id, which modifications resend.");
        var space = Text(reservation, "spaceTypeCode");
        var rate = Text(reservation, "ratePlanCode");
        if (space is null || !context.SpaceTypeCodes.Contains(space))
            reasons.Add($"{name}: `spaceTypeCode` \"{space}\" is not a space type of the configuration.");
        if (rate is null || !context.RatePlanCodes.Contains(rate))
            reasons.Add($"{name}: `ratePlanCode` \"{rate}\" is not a rate plan of the configuration.");
        else if (space is not null && context.SpaceTypeCodes.Contains(space) && !context.Sold.Contains((rate, space)))
            reasons.Add($"{name}: rate plan {rate} is not sold with space type {space} (no inventory mapping in the configuration): book a mapped pair.");

        var nights = 0;
        DateOnly? arrival = Date(reservation, "from"), departure = Date(reservation, "to");
        if (arrival is { } from && departure is { } to)
        {
            nights = to.DayNumber - from.DayNumber;
            if (nights <= 0)
                reasons.Add($"{name}: arrival {from:yyyy-MM-dd} is not before departure {to:yyyy-MM-dd}.");
        }
        else
            reasons.Add($"{name}: `from` and `to` must be dates as yyyy-MM-dd (arrival, and departure, which is not a night).");

        var amounts = reservation.TryGetProperty("amounts", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (nights > 0 && amounts.Count != nights)
            reasons.Add($"{name}: {Counted.Of(nights, "night")} {(nights == 1 ? "needs" : "need")} {Counted.Of(nights, "entry", "entries")} in `amounts` (departure is not a night); it has {amounts.Count}.");
        var prices = amounts.Select((amount, i) => Amount(amount, null, basis, $"{name}: night {i + 1} in `amounts`", reasons)).ToList();
        if (prices.Any(p => p < 0))
            reasons.Add($"{name}: a night has a negative amount, which Mews rejects; put a discount on an extra instead.");
        if (test.MultiRoom && nights > 0)
        {
            if (nights < 2)
                reasons.Add($"{name}: {test.Id} asks for a different price on each night, so book at least 2 nights.");
            else if (prices.All(p => p is not null) && prices.Distinct().Count() == 1)
                reasons.Add($"{name}: every night costs {Format(prices[0]!.Value)}; {test.Id} asks for a different price per night.");
        }
        var lines = CheckExtras(reservation, name, basis, context, arrival, departure, reasons);
        var expected = prices.Sum(p => p ?? 0) + lines;
        var total = Amount(reservation, "totalAmount", basis, $"{name}: `totalAmount`", reasons);
        if (total is not null && total != expected)
            reasons.Add(lines == 0
                ? $"{name}: `totalAmount` {Format(total.Value)} is not the sum of its nights, {Format(expected)}."
                : $"{name}: `totalAmount` {Format(total.Value)} is not its nights plus its extras, {Format(expected)}.");

        CheckGuests(reservation, name, test, reasons);
        return total ?? expected;
    }

    /// <returns>The sum of the extras' line totals.</returns>
    private static decimal CheckExtras(JsonElement reservation, string name, string basis, BookingContext context, DateOnly? arrival, DateOnly? departure, List<string> reasons)
    {
        if (!reservation.TryGetProperty("extras", out var list) || list.ValueKind == JsonValueKind.Null)
            return 0;
        if (list.ValueKind != JsonValueKind.Array)
        {
            reasons.Add($"{name}: `extras` must be a list of product lines.");
            return 0;
        }
        var sum = 0m;
        foreach (var (extra, i) in list.EnumerateArray().Select((e, i) => (e, i + 1)))
        {
            var what = $"{name}: extra {i}";
            if (extra.ValueKind != JsonValueKind.Object)
            {
                reasons.Add($"{what} is not an object.");
                continue;
            }
            if (Text(extra, "code") is not { } product || !context.ProductCodes.Contains(product))
                reasons.Add($"{what}: `code` \"{Text(extra, "code")}\" is not a product of the configuration ({string.Join(", ", context.ProductCodes.Order())}); map products by hand before sending them.");
            if (!extra.TryGetProperty("pricing", out var pricing) || pricing.ValueKind != JsonValueKind.Number || !pricing.TryGetInt32(out var mode) || mode is < 1 or > 4)
                reasons.Add($"{what}: `pricing` must be 1 (once), 2 (per person), 3 (per night) or 4 (per person per night).");
            if (!extra.TryGetProperty("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var ordered) || ordered < 1)
                reasons.Add($"{what}: `count` must be the number ordered, at least 1.");
            sum += Amount(extra, "amount", basis, $"{what}: `amount` (the line total, not a unit price)", reasons) ?? 0;
            var from = Date(extra, "from");
            var to = Date(extra, "to");
            if (from is not null && from == to)
                reasons.Add($"{what}: `from` and `to` are both {from:yyyy-MM-dd}; the two dates must differ (or leave both out).");
            if ((from < arrival || to > departure) && arrival is not null && departure is not null)
                reasons.Add($"{what}: {from:yyyy-MM-dd} to {to:yyyy-MM-dd} is not inside the stay {arrival:yyyy-MM-dd} to {departure:yyyy-MM-dd}.");
        }
        return sum;
    }

    private static void CheckGuests(JsonElement reservation, string name, ReservationTest test, List<string> reasons)
    {
        var counts = reservation.TryGetProperty("guestCounts", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object && Text(c, "code") is not null && c.TryGetProperty("count", out var n) && n.ValueKind == JsonValueKind.Number)
                .GroupBy(c => Text(c, "code")!).ToDictionary(g => g.Key, g => g.Sum(c => c.GetProperty("count").GetInt32()))
            : [];
        if (!test.Family)
        {
            if (counts.Values.Sum() < 1)
                reasons.Add($"{name}: `guestCounts` is missing or empty: say who stays, e.g. [{{\"code\":\"Adult\",\"count\":2}}].");
            return;
        }
        if (counts.GetValueOrDefault("Adult") != 2 || counts.GetValueOrDefault("Child") != 1)
            reasons.Add($"{name}: {test.Id} books 2 adults and 1 child in `guestCounts` ([{{\"code\":\"Adult\",\"count\":2}},{{\"code\":\"Child\",\"count\":1}}]).");
        var companions = reservation.TryGetProperty("guests", out var guests) && guests.ValueKind == JsonValueKind.Array
            ? guests.EnumerateArray().Count(g => g.ValueKind == JsonValueKind.Object && Text(g, "lastName") is { Length: > 0 })
            : 0;
        if (companions == 0)
            reasons.Add($"{name}: `guests` has no companion with a `lastName`; {test.Id} needs one besides the customer.");
    }

    /// <summary>An Amount object with only the allowed basis; null (with a reason) when it is missing or mixed.</summary>
    private static decimal? Amount(JsonElement owner, string? property, string basis, string what, List<string> reasons)
    {
        var amount = owner;
        if (property is not null && !owner.TryGetProperty(property, out amount))
        {
            reasons.Add($"{what} is missing.");
            return null;
        }
        var other = basis == "gross" ? "net" : "gross";
        if (amount.ValueKind != JsonValueKind.Object || !amount.TryGetProperty(basis, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            reasons.Add($"{what} has no `{basis}` amount; this test is priced {basis}.");
            return null;
        }
        if (amount.TryGetProperty(other, out _))
            reasons.Add($"{what} also has a `{other}` amount; this test is priced {basis} only, the same across the group.");
        return number;
    }

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
