using System.Text.Json;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>The one entry to the payload rules: a test's Process group, judged alone or against the earlier version of its group.</summary>
public static class ReservationRules
{
    /// <summary>The tests a payload can be judged for; ERR-06 is judged by how the CM behaves after Mews refuses it.</summary>
    public static IReadOnlyList<ReservationTest> Judged { get; } = ReservationTest.All.Where(t => t.Kind != ReservationKind.Invalid).ToList();

    /// <param name="previous">The earlier version of the group; required for a modification or a cancellation.</param>
    public static IReadOnlyList<string> Check(ReservationTest test, JsonElement group, JsonElement? previous, BookingContext context) => test.Kind switch
    {
        ReservationKind.NewBooking => BookingRules.Check(test, group, context),
        ReservationKind.Modification => ModificationRules.Check(test, group, Required(test, previous), context),
        ReservationKind.Cancellation => CancellationRules.Check(test, group, Required(test, previous)),
        _ => throw new ArgumentException($"{test.Id} is judged by what the channel manager does after Mews refuses the booking, not by its payload.", nameof(test)),
    };

    private static JsonElement Required(ReservationTest test, JsonElement? previous) =>
        previous ?? throw new ArgumentException($"{test.Id} is judged against the {test.Original} booking: pass it.", nameof(previous));
}
