namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>A reservation test of the certification: what its Process group must be, and which booking it changes.</summary>
/// <param name="Basis">"gross" or "net"; null when the test may be run either way (RES-13, ERR-06).</param>
/// <param name="Rooms">The reservations a new booking of this test has.</param>
/// <param name="Original">The test whose booking a modification or cancellation changes.</param>
/// <param name="HumanCheck">The half of the test a person checks in Mews, as the certification words it.</param>
public sealed record ReservationTest(string Id, string Title, ReservationKind Kind, string? Basis, int Rooms, string HumanCheck, string? Original = null, bool Optional = false)
{
    /// <summary>How the tracker note of its result starts, so the note names the reservation test, not Play Mews.</summary>
    public string NoteSource => $"Reservation test {Id} ({Title})";

    public static IReadOnlyList<ReservationTest> All { get; } =
    [
        new("RES-01", "Single gross reservation", ReservationKind.NewBooking, "gross", 1, "the reservation is visible in Mews with card, guests and channel"),
        new("RES-02", "Modify RES-01", ReservationKind.Modification, "gross", 1, "the change is visible in Mews", "RES-01"),
        new("RES-03", "Cancel RES-01", ReservationKind.Cancellation, "gross", 1, "the booking shows as cancelled in Mews", "RES-01"),
        new("RES-04", "Single net reservation", ReservationKind.NewBooking, "net", 1, "the reservation is visible in Mews with card, guests and channel"),
        new("RES-05", "Modify RES-04", ReservationKind.Modification, "net", 1, "the change is visible in Mews", "RES-04"),
        new("RES-06", "Cancel RES-04", ReservationKind.Cancellation, "net", 1, "the booking shows as cancelled in Mews", "RES-04"),
        new("RES-07", "Multi-room gross: 3 spaces, 2 rate plans", ReservationKind.NewBooking, "gross", 3, "all 3 reservations are visible in Mews"),
        new("RES-08", "Modify multi-room gross", ReservationKind.Modification, "gross", 3, "the changes are visible in Mews", "RES-07"),
        new("RES-09", "Cancel multi-room gross", ReservationKind.Cancellation, "gross", 3, "the group shows as cancelled in Mews", "RES-07"),
        new("RES-10", "Multi-room net: 3 spaces, 2 rate plans", ReservationKind.NewBooking, "net", 3, "all 3 reservations are visible in Mews"),
        new("RES-11", "Modify multi-room net", ReservationKind.Modification, "net", 3, "the changes are visible in Mews", "RES-10"),
        new("RES-12", "Cancel multi-room net", ReservationKind.Cancellation, "net", 3, "the group shows as cancelled in Mews", "RES-10"),
        new("RES-13", "Reservation with a product", ReservationKind.NewBooking, null, 1, "the extra is visible on the reservation in Mews", Optional: true),
        new("ERR-06", "Invalid reservation", ReservationKind.Invalid, null, 1, "the channel manager logged the error and did not resend the booking"),
    ];

    public bool MultiRoom => Rooms > 1;

    /// <summary>RES-01 and RES-04 book a family: 2 adults, 1 child and a companion by name.</summary>
    public bool Family => Kind != ReservationKind.Invalid && !MultiRoom && Basis is not null;

    /// <summary>Only RES-01 asks for a booked channel; the others check a channel when one is sent.</summary>
    public bool NeedsChannel => Id == "RES-01";

    public static ReservationTest? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The test's own booking for a new one, or the booking it modifies or cancels.</summary>
    public ReservationTest Booking => Original is null ? this : Find(Original)!;
}
