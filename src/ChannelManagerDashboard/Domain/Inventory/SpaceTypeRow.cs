namespace ChannelManagerDashboard.Domain.Inventory;

/// <param name="IsPushed">Synchronized and mapped to at least one synchronized rate plan: Mews pushes inventory for it.</param>
public sealed record SpaceTypeRow(
    string Code, string Name, SpaceKind Kind, string Classification, bool IsSynchronized, bool IsPushed,
    int? SpaceCount, int? BedCount, int? ExtraBedCount, string BedType, int MappedRateCount);
