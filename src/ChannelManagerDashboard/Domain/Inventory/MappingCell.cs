namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>One rate plan × space type combination in the matrix.</summary>
public enum MappingCell
{
    NotMapped,

    /// <summary>Mapped, but its rate plan or space type is unsynchronized: no pushes, though bookings still map.</summary>
    Mapped,

    /// <summary>Mapped and both sides synchronized: Mews pushes inventory for it.</summary>
    Pushed,
}
