using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The payload rules of the single-booking modifications (RES-02 of RES-01, RES-05 of RES-04): the whole group resent
/// with the same <c>channelManagerId</c> and reservation codes, something actually changed, and the new version still
/// a good booking by the original test's rules (totals recomputed).
/// </summary>
public static class ModificationRules
{
    /// <summary>Each modification test, with the test whose booking it modifies.</summary>
    public static readonly IReadOnlyDictionary<string, string> Modifies = new Dictionary<string, string> { ["RES-02"] = "RES-01", ["RES-05"] = "RES-04" };

    public static IReadOnlyList<string> Check(string testId, JsonElement group, JsonElement previous, BookingContext context)
    {
        if (!Modifies.TryGetValue(testId, out var original))
            throw new ArgumentException($"{testId} is not a modification test.", nameof(testId));
        if (previous.ValueKind != JsonValueKind.Object)
            return [$"The earlier version (the {original} booking) is not a JSON object."];
        var reasons = BookingRules.Check(original, group, context).ToList();
        if (group.ValueKind != JsonValueKind.Object)
            return reasons;

        if (Text(group, "channelManagerId") is { Length: > 0 } id && id != Text(previous, "channelManagerId"))
            reasons.Add($"`channelManagerId` \"{id}\" is not the one of the {original} booking (\"{Text(previous, "channelManagerId")}\"): a modification keeps it, or Mews makes a new group.");
        if (Text(group, "messageId") is { Length: > 0 } messageId && messageId == Text(previous, "messageId"))
            reasons.Add($"`messageId` \"{messageId}\" is the {original} booking's: every message needs a new one.");

        var before = Reservations(previous);
        var after = Reservations(group);
        foreach (var code in before.Keys.Where(code => !after.ContainsKey(code)))
            reasons.Add($"Reservation {code} of the {original} booking is missing: resend the whole group with the same reservation codes (Mews applies no partial changes).");
        if (before.Count > 0 && before.All(r => after.TryGetValue(r.Key, out var now) && JsonNode.DeepEquals(r.Value, now)))
            reasons.Add($"Nothing changed in the reservations since the {original} booking: change its dates, space type, rate or amounts.");
        return reasons;
    }

    private static Dictionary<string, JsonNode?> Reservations(JsonElement group) =>
        group.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(r => Text(r, "code") is not null).GroupBy(r => Text(r, "code")!)
                .ToDictionary(g => g.Key, g => JsonNode.Parse(g.First().GetRawText()))
            : [];

    private static string? Text(JsonElement owner, string property) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
