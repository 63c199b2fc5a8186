namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>A connection picked in P4, as the editor's connection picker lists it.</summary>
public sealed record MappingConnection(int Id, string Label);
