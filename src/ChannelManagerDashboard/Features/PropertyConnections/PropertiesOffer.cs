namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>What Get properties offers: every connection to the channel manager, and the properties without one.</summary>
public sealed record PropertiesOffer(IReadOnlyList<OfferedConnection> Connections, IReadOnlyList<string> PropertiesWithoutConnection);
