namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>A mapping or exclusion whose Mews side the newest configuration no longer has. Kept until the team removes it.</summary>
public sealed record MappingOrphan(string Description, Func<MappingState, MappingState> RemoveFrom);
