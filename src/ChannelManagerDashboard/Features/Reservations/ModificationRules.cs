using System.Text.Json;
using System.Text.Json.Nodes;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The payload rules of the modifications (RES-02, RES-05, RES-08, RES-11): the whole group resent with the same
/// <c>channelManagerId</c> and reservation codes, something actually changed (in a multi-room group exactly 2 of the 3
/// reservations), and the new version still a good booking by the original test's rules (totals recomputed).
/// </summary>
public static class ModificationRules
{
    private const int Cancelled = 3;

    /// <summary>A multi-room modification changes this many of the group's reservations (certification: RES-08).</summary>
    public const int ChangedInMultiRoom = 2;

    public static IReadOnlyList<string> Check(ReservationTest test, JsonElement group, JsonElement previous, BookingContext context)
    {
        if (test.Kind != ReservationKind.Modification)
            throw new ArgumentException($"{test.Id} is not a modification test.", nameof(test));
        var original = test.Booking;
        if (previous.ValueKind != JsonValueKind.Object)
            return [$"The earlier version (the {original.Id} booking) is not a JSON object."];
        var reasons = BookingRules.Check(original, group, context, modified: true).ToList();
        if (group.ValueKind != JsonValueKind.Object)
            return reasons;

        if (Text(group, "channelManagerId") is { Length: > 0 } id && id != Text(previous, "channelManagerId"))
            reasons.Add($"`channelManagerId` \"{id}\" is not the one of the {original.Id} booking (\"{Text(previous, "channelManagerId")}\"): a modification keeps it, or Mews makes a new group.");
        if (Text(group, "messageId") is { Length: > 0 } messageId && messageId == Text(previous, "messageId"))
            reasons.Add($"`messageId` \"{messageId}\" is the {original.Id} booking's: every message needs a new one.");

        var before = Reservations(previous);
        var after = Reservations(group);
        if (!test.MultiRoom)
        {
            foreach (var code in before.Keys.Where(code => !after.ContainsKey(code)))
                reasons.Add($"Reservation {code} of the {original.Id} booking is missing: resend the whole group with the same reservation codes (Mews applies no partial changes).");
            if (before.Count > 0 && Changed(before, after).Count == 0)
                reasons.Add($"Nothing changed in the reservations since the {original.Id} booking: change its dates, space type, rate or amounts.");
            return reasons;
        }

        var changed = Changed(before, after);
        if (changed.Count != ChangedInMultiRoom)
            reasons.Add(changed.Count == 0
                ? $"Nothing changed in the reservations since the {original.Id} booking: {test.Id} changes 2 of the 3 (e.g. one gets an extra night, one is cancelled with `state` 3 or a room is added)."
                : $"{test.Id} changes exactly 2 of the 3 reservations; {changed.Count} differ from the {original.Id} booking ({string.Join(", ", changed)}).");
        foreach (var code in before.Keys.Where(code => !after.ContainsKey(code)))
            reasons.Add($"Reservation {code} of the {original.Id} booking is left out: Mews cancels it, but the certification expects the whole group resent; send it with `state` 3 to cancel it.");
        return reasons;
    }

    /// <summary>The codes whose reservation differs, counting added and left-out ones. A state of 1 or 2 is bookkeeping, not a change.</summary>
    private static List<string> Changed(Dictionary<string, JsonNode?> before, Dictionary<string, JsonNode?> after) =>
        before.Keys.Union(after.Keys)
            .Where(code => !before.TryGetValue(code, out var was) || !after.TryGetValue(code, out var now) || !JsonNode.DeepEquals(WithoutState(was), WithoutState(now)))
            .Order().ToList();

    private static JsonNode? WithoutState(JsonNode? reservation)
    {
        if (reservation is not JsonObject fields || fields["state"] is not JsonValue state || !state.TryGetValue<int>(out var value) || value == Cancelled)
            return reservation;
        var copy = fields.DeepClone().AsObject();
        copy.Remove("state");
        return copy;
    }

    private static Dictionary<string, JsonNode?> Reservations(JsonElement group) =>
        group.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(r => Text(r, "code") is not null).GroupBy(r => Text(r, "code")!)
                .ToDictionary(g => g.Key, g => JsonNode.Parse(g.First().GetRawText()))
            : [];
}
