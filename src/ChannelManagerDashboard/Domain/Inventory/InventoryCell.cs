namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>
/// One rate plan × space type cell of Mews' <c>inventoryMappings</c>: whether Mews sells the rate with the space type.
/// Not to be confused with the channel manager's own mapping (Features/Mapping), which says where each lands in the CM.
/// </summary>
public enum InventoryCell
{
    NotSold,

    /// <summary>Sold, but its rate plan or space type is unsynchronized: no pushes, though bookings still arrive.</summary>
    Sold,

    /// <summary>Sold and both sides synchronized: Mews pushes inventory for it.</summary>
    Pushed,
}
