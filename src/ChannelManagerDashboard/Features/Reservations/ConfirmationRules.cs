using System.Text.Json;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The result half of a reservation test, for the Confirm booking a channel manager received from Mews Demo (paste
/// mode): it answers this message, names the same group and codes, and on a modification or cancellation keeps the
/// original's confirmation numbers.
/// </summary>
public static class ConfirmationRules
{
    /// <param name="previous">The earlier version of the group (modification or cancellation).</param>
    /// <param name="originalNumbers">Code → confirmation number from the original booking's confirmation, when known.</param>
    public static IReadOnlyList<string> Check(ReservationTest test, JsonElement group, JsonElement confirmation, JsonElement? previous, IReadOnlyDictionary<string, string> originalNumbers)
    {
        if (confirmation.ValueKind != JsonValueKind.Object)
            return ["The Confirm booking is not a JSON object: paste the body Mews sent to your confirmGroup endpoint."];
        var reasons = new List<string>();
        if (confirmation.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            reasons.Add($"Mews did not confirm the booking: error {Number(error, "code")} \"{Text(error, "message")}\". Fix what it says and send the booking again.");
            return reasons;
        }
        if (Text(confirmation, "relatedMessageId") is not { } related || related != Text(group, "messageId"))
            reasons.Add($"`relatedMessageId` \"{Text(confirmation, "relatedMessageId")}\" is not the Process group's `messageId` \"{Text(group, "messageId")}\": paste the confirmation of this message.");
        if (Text(confirmation, "channelManagerId") != Text(group, "channelManagerId"))
            reasons.Add($"`channelManagerId` \"{Text(confirmation, "channelManagerId")}\" is not the one sent, \"{Text(group, "channelManagerId")}\".");

        var confirmed = confirmation.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(r => Text(r, "code") is not null).GroupBy(r => Text(r, "code")!).ToDictionary(g => g.Key, g => Text(g.First(), "confirmationNumber"))
            : [];
        var sent = BookingConfirmation.Codes(group);
        if (sent.Count == 0 && previous is { } earlier)
            sent = BookingConfirmation.Codes(earlier);
        foreach (var code in sent.Where(code => !confirmed.ContainsKey(code)))
            reasons.Add($"Reservation {code} has no confirmation: Mews confirms every reservation of the group in one Confirm booking.");
        foreach (var (code, number) in confirmed)
        {
            if (!sent.Contains(code))
                reasons.Add($"The confirmation names reservation {code}, which the Process group did not send.");
            if (number is not { Length: > 0 })
                reasons.Add($"Reservation {code} has no `confirmationNumber`.");
            else if (test.Original is not null && originalNumbers.TryGetValue(code, out var original) && original != number)
                reasons.Add($"Reservation {code} has confirmation number {number}, not {original} as in the {test.Original} booking: a {(test.Kind == ReservationKind.Cancellation ? "cancellation" : "modification")} keeps the numbers.");
        }
        return reasons;
    }

    /// <summary>Code → confirmation number of a Confirm booking body.</summary>
    public static IReadOnlyDictionary<string, string> Numbers(JsonElement confirmation) =>
        confirmation.ValueKind == JsonValueKind.Object && confirmation.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(r => Text(r, "code") is not null && Text(r, "confirmationNumber") is not null)
                .GroupBy(r => Text(r, "code")!).ToDictionary(g => g.Key, g => Text(g.First(), "confirmationNumber")!)
            : new Dictionary<string, string>();

    private static string Number(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) ? value.GetRawText() : "(no code)";
}
