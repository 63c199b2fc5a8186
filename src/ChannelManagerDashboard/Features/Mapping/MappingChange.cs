namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>The newest change, which Undo reverts.</summary>
public sealed record MappingChange(string Description, string ChangedBy, DateTimeOffset ChangedAt);
