namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>A combination the channel manager deliberately does not map, with the reason the team gives Mews.</summary>
public sealed record Exclusion(string RatePlanCode, string SpaceTypeCode, string Reason);
