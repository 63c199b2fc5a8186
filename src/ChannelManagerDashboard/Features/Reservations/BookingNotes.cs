using System.Text.Json;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>What passes the booking rules but deserves a look before the call: notes, never reasons.</summary>
public static class BookingNotes
{
    /// <param name="connectionToken">The connection's token, when known; never written into a note.</param>
    public static IReadOnlyList<string> Of(JsonElement group, string? connectionToken)
    {
        var notes = new List<string>();
        // Mews' glossary calls the connection token "Channel Manager ID"; the reservations page means the CM's booking id.
        if (connectionToken is { Length: > 0 } && group.ValueKind == JsonValueKind.Object && Text(group, "channelManagerId") == connectionToken)
            notes.Add("`channelManagerId` is the connection token. Mews' glossary calls the connection token \"Channel Manager ID\", but in Process group "
                + "`channelManagerId` is your own id for this booking group, kept for its whole life: send your booking id, and keep the token in `connectionToken` only.");
        return notes;
    }
}
