namespace ChannelManagerDashboard.Features.Reservations;

public enum ReservationKind
{
    NewBooking,
    Modification,
    Cancellation,

    /// <summary>ERR-06: a booking that breaks a business rule on purpose, which Mews refuses with code 7.</summary>
    Invalid,
}
