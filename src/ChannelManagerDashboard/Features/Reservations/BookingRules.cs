using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The payload rules of the single-reservation tests (RES-01 gross, RES-04 net) for one Process group message, each
/// failure in plain words. Written against the raw JSON, so a field of the wrong type is a reason, not a crash.
/// </summary>
public static class BookingRules
{
    /// <summary>The tests these rules judge, with the only price basis each allows.</summary>
    public static readonly IReadOnlyDictionary<string, string> SingleBookings = new Dictionary<string, string> { ["RES-01"] = "gross", ["RES-04"] = "net" };

    private static readonly string[] DeprecatedAnywhere = ["adultCount", "childCount", "loyaltyCode"];

    public static IReadOnlyList<string> Check(string testId, JsonElement group, BookingContext context)
    {
        if (!SingleBookings.TryGetValue(testId, out var basis))
            throw new ArgumentException($"{testId} is not a single-booking test.", nameof(testId));
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
        if (!group.TryGetProperty("paymentType", out var paymentType) || paymentType.ValueKind != JsonValueKind.Number || paymentType.GetInt32() is < 1 or > 3)
            reasons.Add("`paymentType` is missing or not 1 (prepaid), 2 (preauthorized) or 3 (on site).");
        CheckCard(group, reasons);
        CheckDeprecated(group, reasons);
        CheckSources(group, context, reasons);

        var reservations = group.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (reservations.Count != 1)
            reasons.Add($"{testId} books one reservation; the message has {reservations.Count} in `reservations`.");
        var sum = 0m;
        foreach (var reservation in reservations)
            sum += CheckReservation(reservation, basis, testId, context, reasons);
        if (Amount(group, "totalAmount", basis, "the group's `totalAmount`", reasons) is { } total && reservations.Count > 0 && total != sum)
            reasons.Add($"The group's `totalAmount` {Format(total)} is not the sum of its reservations' totals, {Format(sum)}.");
        return reasons;
    }

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

    private static void CheckDeprecated(JsonElement group, List<string> reasons)
    {
        if (group.TryGetProperty("channel", out _))
            reasons.Add("`channel` is deprecated: send the channel in `sources[]`.");
        if (group.TryGetProperty("company", out var company) && company.ValueKind == JsonValueKind.Object && company.TryGetProperty("iata", out _))
            reasons.Add("`company.iata` is deprecated: send it as `travelAgency.iata`.");
        foreach (var name in DeprecatedAnywhere.Where(name => Contains(group, name)))
            reasons.Add(name == "loyaltyCode" ? "`loyaltyCode` is deprecated: use `loyaltyInfo`." : $"`{name}` is deprecated (replacing it needs re-certification): send `guestCounts`.");
    }

    private static void CheckSources(JsonElement group, BookingContext context, List<string> reasons)
    {
        var sources = group.TryGetProperty("sources", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (!sources.Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("isPrimary", out var primary) && primary.ValueKind == JsonValueKind.True))
            reasons.Add("`sources[]` has no source with `isPrimary: true`: name the channel the guest booked on.");
        foreach (var source in sources.Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("code", out _)))
        {
            var code = source.GetProperty("code");
            if (code.ValueKind != JsonValueKind.Number || !context.ChannelCodes.Contains(code.GetInt32()))
                reasons.Add($"`sources[].code` {code.GetRawText()} is not a channel Get channels lists ({string.Join(", ", context.ChannelCodes.Order())}).");
        }
    }

    /// <returns>The reservation's total, for the group's sum.</returns>
    private static decimal CheckReservation(JsonElement reservation, string basis, string testId, BookingContext context, List<string> reasons)
    {
        var code = Text(reservation, "code") ?? "";
        var name = code.Length > 0 ? $"Reservation {code}" : "A reservation";
        if (code.Length == 0)
            reasons.Add("A reservation has no `code`: the CM's own id, which modifications resend.");
        if (Text(reservation, "spaceTypeCode") is not { } space || !context.SpaceTypeCodes.Contains(space))
            reasons.Add($"{name}: `spaceTypeCode` \"{Text(reservation, "spaceTypeCode")}\" is not a space type of the configuration.");
        if (Text(reservation, "ratePlanCode") is not { } rate || !context.RatePlanCodes.Contains(rate))
            reasons.Add($"{name}: `ratePlanCode` \"{Text(reservation, "ratePlanCode")}\" is not a rate plan of the configuration.");

        var nights = 0;
        if (Date(reservation, "from") is { } from && Date(reservation, "to") is { } to)
        {
            nights = to.DayNumber - from.DayNumber;
            if (nights <= 0)
                reasons.Add($"{name}: arrival {from:yyyy-MM-dd} is not before departure {to:yyyy-MM-dd}.");
        }
        else
            reasons.Add($"{name}: `from` and `to` must be dates as yyyy-MM-dd (arrival, and departure, which is not a night).");

        var amounts = reservation.TryGetProperty("amounts", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (nights > 0 && amounts.Count != nights)
            reasons.Add($"{name}: {nights} night(s) need {nights} entries in `amounts` (departure is not a night); it has {amounts.Count}.");
        var nightly = 0m;
        for (var i = 0; i < amounts.Count; i++)
            nightly += Amount(amounts[i], null, basis, $"{name}: night {i + 1} in `amounts`", reasons) ?? 0;
        if (Amount(reservation, "totalAmount", basis, $"{name}: `totalAmount`", reasons) is { } total && total != nightly)
            reasons.Add($"{name}: `totalAmount` {Format(total)} is not the sum of its nights, {Format(nightly)}.");

        CheckGuests(reservation, name, testId, reasons);
        return nightly;
    }

    private static void CheckGuests(JsonElement reservation, string name, string testId, List<string> reasons)
    {
        var counts = reservation.TryGetProperty("guestCounts", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object && Text(c, "code") is not null && c.TryGetProperty("count", out var n) && n.ValueKind == JsonValueKind.Number)
                .GroupBy(c => Text(c, "code")!).ToDictionary(g => g.Key, g => g.Sum(c => c.GetProperty("count").GetInt32()))
            : [];
        if (counts.GetValueOrDefault("Adult") != 2 || counts.GetValueOrDefault("Child") != 1)
            reasons.Add($"{name}: {testId} books 2 adults and 1 child in `guestCounts` ([{{\"code\":\"Adult\",\"count\":2}},{{\"code\":\"Child\",\"count\":1}}]).");
        var companions = reservation.TryGetProperty("guests", out var guests) && guests.ValueKind == JsonValueKind.Array
            ? guests.EnumerateArray().Count(g => g.ValueKind == JsonValueKind.Object && Text(g, "lastName") is { Length: > 0 })
            : 0;
        if (companions == 0)
            reasons.Add($"{name}: `guests` has no companion with a `lastName`; the test needs one besides the customer.");
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
        if (amount.ValueKind != JsonValueKind.Object || !amount.TryGetProperty(basis, out var value) || value.ValueKind != JsonValueKind.Number)
        {
            reasons.Add($"{what} has no `{basis}` amount; this test is priced {basis}.");
            return null;
        }
        if (amount.TryGetProperty(other, out _))
            reasons.Add($"{what} also has a `{other}` amount; this test is priced {basis} only, the same across the group.");
        return value.GetDecimal();
    }

    private static string? Text(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement owner, string property) =>
        DateOnly.TryParseExact(Text(owner, property), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool Contains(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p => p.NameEquals(name) || Contains(p.Value, name)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => Contains(e, name)),
        _ => false,
    };

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
