namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>A room or rate code in the channel manager's own catalog.</summary>
public sealed record CmCode(string Code, string Name);
