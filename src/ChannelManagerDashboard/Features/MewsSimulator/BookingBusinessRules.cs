using System.Text.Json;
using static ChannelManagerDashboard.Domain.Common.JsonFields;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// What makes Mews refuse a booking with processing error 7 (ERR-06): rules of the booking itself, not of its format.
/// The certification's example is a start date after the end date; Mews also rejects a negative night amount.
/// </summary>
public static class BookingBusinessRules
{
    public const int ProcessingError = 7;

    /// <returns>The first broken rule as Mews would explain it; null when the booking may be processed.</returns>
    public static string? Violation(JsonElement group)
    {
        if (!group.TryGetProperty("reservations", out var reservations) || reservations.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var reservation in reservations.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var code = Text(reservation, "code") ?? "(no code)";
            if (Date(reservation, "from") is { } from && Date(reservation, "to") is { } to && from >= to)
                return $"Reservation {code}: start date {from:yyyy-MM-dd} is not before end date {to:yyyy-MM-dd}. Fix the dates in the channel manager and send the booking again.";
            if (reservation.TryGetProperty("amounts", out var amounts) && amounts.ValueKind == JsonValueKind.Array
                && amounts.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.Object && a.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDecimal() < 0)))
                return $"Reservation {code}: a night has a negative amount. Night amounts cannot be negative; put a discount on an extra.";
        }
        return null;
    }
}
