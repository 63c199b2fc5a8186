namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>What a space type is for certification ("3 rooms, 1 dorm, 1 bed"), derived from its Mews classification.</summary>
public enum SpaceKind
{
    Room,
    Dorm,
    Bed,
    Other,
    Deprecated,
    Unknown,
}
