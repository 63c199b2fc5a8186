using System.Globalization;
using System.Text.Json;
using static ChannelManagerDashboard.Domain.Common.JsonFields;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The booking as Mews would store it, in lines a person compares with the CM: guests, the card obfuscated as Mews
/// shows it, the channel, and each reservation's nights and amounts under its confirmation number.
/// </summary>
public static class StoredBooking
{
    private static readonly string[] States = ["", "created", "modified", "cancelled"];

    /// <param name="numbers">Reservation code → Mews confirmation number.</param>
    public static IReadOnlyList<string> Describe(JsonElement group, IReadOnlyDictionary<string, string> numbers)
    {
        if (group.ValueKind != JsonValueKind.Object)
            return [];
        var id = Text(group, "channelManagerId") ?? "(no channelManagerId)";
        var reservations = group.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (reservations.Count == 0)
            return [$"Group {id}: cancelled, with every reservation ({string.Join(", ", numbers.Select(n => $"{n.Key} = Mews {n.Value}"))})."];

        var lines = new List<string>();
        var channel = group.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array
            ? sources.EnumerateArray().FirstOrDefault(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("isPrimary", out var p) && p.ValueKind == JsonValueKind.True)
            : default;
        lines.Add($"Group {id}, channel booking {Text(group, "channelId") ?? "(none)"}, " +
                  (channel.ValueKind == JsonValueKind.Object ? $"channel {Text(channel, "name")} (code {Raw(channel, "code")})" : "no channel"));
        if (group.TryGetProperty("customer", out var customer) && customer.ValueKind == JsonValueKind.Object)
            lines.Add($"Customer {Person(customer)}{(Text(customer, "email") is { } email ? $", {email}" : "")}");
        if (group.TryGetProperty("booker", out var booker) && booker.ValueKind == JsonValueKind.Object)
            lines.Add($"Booked by {Person(booker)}{(Text(booker, "email") is { } email ? $", {email}" : "")}");
        if (group.TryGetProperty("paymentCard", out var card) && card.ValueKind == JsonValueKind.Object)
        {
            var digits = new string((Text(card, "number") ?? "").Where(char.IsAsciiDigit).ToArray());
            var brand = TestCards.ByNumber.TryGetValue(digits, out var known) ? known.Brand : $"card type {Raw(card, "type")}";
            var expiry = Text(card, "expireDate") is { Length: 4 } e ? $"{e[..2]}/{e[2..]}" : "no expiry";
            lines.Add($"Card {brand} {TestCards.Mask(digits)}, expires {expiry}{(Text(card, "holderName") is { } holder ? $", {holder}" : "")}");
        }
        foreach (var reservation in reservations.Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var code = Text(reservation, "code") ?? "?";
            var state = reservation.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var value) && value is >= 1 and <= 3 ? States[value] : "created or modified";
            var amounts = reservation.TryGetProperty("amounts", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(Amount).ToList() : [];
            var guests = reservation.TryGetProperty("guestCounts", out var g) && g.ValueKind == JsonValueKind.Array
                ? string.Join(", ", g.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object).Select(c => $"{Raw(c, "count")} {Text(c, "code")}"))
                : "no guest counts";
            var companions = reservation.TryGetProperty("guests", out var people) && people.ValueKind == JsonValueKind.Array
                ? people.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).Select(Person).ToList()
                : [];
            var extras = reservation.TryGetProperty("extras", out var x) && x.ValueKind == JsonValueKind.Array
                ? x.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => $"{Text(e, "code")} {Amount(e.TryGetProperty("amount", out var m) ? m : default)}").ToList()
                : [];
            lines.Add($"Reservation {code} = Mews {numbers.GetValueOrDefault(code, "(no number)")}, {state}: {Text(reservation, "spaceTypeCode")} on {Text(reservation, "ratePlanCode")}, " +
                      $"{Text(reservation, "from")} to {Text(reservation, "to")}, {Counted.Of(amounts.Count, "night")} at {string.Join(", ", amounts)}, total {Amount(reservation.TryGetProperty("totalAmount", out var t) ? t : default)}; " +
                      $"{guests}{(companions.Count > 0 ? $"; with {string.Join(", ", companions)}" : "")}{(extras.Count > 0 ? $"; extras {string.Join(", ", extras)}" : "")}");
        }
        if (group.TryGetProperty("totalAmount", out var total))
            lines.Add($"Group total {Amount(total)} {Text(group, "currencyCode")}");
        return lines;
    }

    private static string Person(JsonElement person) => $"{Text(person, "firstName")} {Text(person, "lastName")}".Trim();

    private static string Amount(JsonElement amount) =>
        amount.ValueKind != JsonValueKind.Object ? "?" : string.Join(" / ", amount.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .Select(p => $"{p.Value.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture)} {p.Name}"));

    private static string Raw(JsonElement owner, string property) => owner.TryGetProperty(property, out var value) ? value.GetRawText() : "?";
}
