namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>The outcome of Get properties: the connections offered, the properties without one, or why it failed.</summary>
public sealed record PropertiesFetch(string? Error, IReadOnlyList<OfferedConnection> Connections, IReadOnlyList<string> PropertiesWithoutConnection)
{
    public static PropertiesFetch Failed(string error) => new(error, [], []);
}
