using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What an edit is checked against: the connection's newest configuration snapshot.</summary>
public sealed record MappingContext(PropertyProfileData Profile, int SnapshotId);
