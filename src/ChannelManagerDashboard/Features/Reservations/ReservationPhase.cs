namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>Where a running reservation test is, for the live panel.</summary>
/// <param name="Until">When the current wait or watch ends.</param>
public sealed record ReservationPhase(string Text, DateTimeOffset? Until = null);
