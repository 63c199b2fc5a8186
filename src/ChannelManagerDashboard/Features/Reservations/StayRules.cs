using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The rules for one reservation of a new booking's group: its space type and rate plan, its dates, a price for each
/// night, its extras and its guests, each failure in plain words.
/// </summary>
public static class StayRules
{
    /// <returns>The reservation's total, for the group's sum.</returns>
    public static decimal Check(JsonElement reservation, string basis, ReservationTest test, BookingContext context, List<string> reasons)
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
    public static decimal? Amount(JsonElement owner, string? property, string basis, string what, List<string> reasons)
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

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
