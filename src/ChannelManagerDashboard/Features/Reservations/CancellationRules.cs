using System.Text.Json;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The payload rules of the cancellation tests: the earlier group, identified by its <c>channelManagerId</c>, cancelled
/// with no other data needed (<c>reservations</c> empty or null, or every reservation of the group sent with state 3).
/// </summary>
public static class CancellationRules
{
    private const int Cancelled = 3;

    public static IReadOnlyList<string> Check(ReservationTest test, JsonElement group, JsonElement previous)
    {
        if (test.Kind != ReservationKind.Cancellation)
            throw new ArgumentException($"{test.Id} is not a cancellation test.", nameof(test));
        var original = test.Original;
        if (group.ValueKind != JsonValueKind.Object)
            return ["The message is not a JSON object: send the Process group body."];
        if (previous.ValueKind != JsonValueKind.Object)
            return [$"The earlier version (the {original} booking) is not a JSON object."];

        var reasons = new List<string>();
        var id = Text(group, "channelManagerId");
        if (id is not { Length: > 0 })
            reasons.Add("`channelManagerId` is missing: it tells Mews which group to cancel.");
        else if (id != Text(previous, "channelManagerId"))
            reasons.Add($"`channelManagerId` \"{id}\" is not the one of the {original} booking (\"{Text(previous, "channelManagerId")}\"): a cancellation must name the same group.");
        if (Text(group, "messageId") is not { Length: > 0 } messageId)
            reasons.Add("`messageId` is missing: every Process group needs it.");
        else if (messageId == Text(previous, "messageId"))
            reasons.Add($"`messageId` \"{messageId}\" is the {original} booking's: every message needs a new one.");

        if (!group.TryGetProperty("reservations", out var reservations) || reservations.ValueKind == JsonValueKind.Null)
            return reasons;
        if (reservations.ValueKind != JsonValueKind.Array)
        {
            reasons.Add("`reservations` must be empty, null or the group's reservations with `state` 3.");
            return reasons;
        }
        var sent = reservations.EnumerateArray().ToList();
        if (sent.Count == 0)
            return reasons;
        var earlier = previous.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(r => Text(r, "code")).OfType<string>().ToHashSet()
            : [];
        foreach (var reservation in sent.Where(r => !r.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.Number || state.GetInt32() != Cancelled))
            reasons.Add($"Reservation {Text(reservation, "code") ?? "(no code)"} is not cancelled: send `reservations` empty, or every reservation with `state` 3.");
        var codes = sent.Select(r => Text(r, "code")).OfType<string>().ToHashSet();
        if (!earlier.SetEquals(codes))
            reasons.Add($"The cancelled reservations ({string.Join(", ", codes.Order())}) are not the {original} booking's ({string.Join(", ", earlier.Order())}): cancel them all, or send `reservations` empty.");
        return reasons;
    }
}
