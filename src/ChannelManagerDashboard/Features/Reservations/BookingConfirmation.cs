using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsSimulator;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>The Confirm booking (confirmGroup) the simulator sends for an accepted Process group.</summary>
public static class BookingConfirmation
{
    /// <param name="previous">The earlier version of the group: a cancellation with empty reservations confirms its codes.</param>
    public static JsonObject Build(JsonElement group, JsonElement? previous, string clientToken, string connectionToken)
    {
        var channelManagerId = Text(group, "channelManagerId") ?? "";
        var codes = Codes(group);
        if (codes.Count == 0 && previous is { } earlier)
            codes = Codes(earlier);
        return new JsonObject
        {
            ["clientToken"] = clientToken,
            ["connectionToken"] = connectionToken,
            ["relatedMessageId"] = Text(group, "messageId") ?? "",
            ["channelManagerId"] = channelManagerId,
            ["reservations"] = new JsonArray([.. codes.Select(code => new JsonObject
            {
                ["code"] = code,
                ["confirmationNumber"] = ConfirmationNumbers.For(connectionToken, channelManagerId, code),
            })]),
        };
    }

    internal static List<string> Codes(JsonElement group) =>
        group.ValueKind == JsonValueKind.Object && group.TryGetProperty("reservations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(r => Text(r, "code")).OfType<string>().Distinct().ToList()
            : [];
}
