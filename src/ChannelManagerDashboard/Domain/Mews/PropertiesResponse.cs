namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Get properties (M1): the properties and connections a property employee can access.</summary>
public sealed record PropertiesResponse
{
    public bool? Success { get; init; }
    public List<MewsProperty>? Properties { get; init; }

    internal static string? Missing(PropertiesResponse response) =>
        response.Properties is null ? "properties"
        : response.Properties.Any(p => p is null || string.IsNullOrEmpty(p.Id)) ? "properties[].id"
        : response.Properties.SelectMany(p => p.Connections ?? []).Any(c => c is null || string.IsNullOrEmpty(c.Token)) ? "properties[].connections[].token"
        : null;
}

/// <summary>A property without connections to this channel manager has none listed; there is no active flag.</summary>
public sealed record MewsProperty(string Id, string? Name, List<MewsConnection>? Connections);

public sealed record MewsConnection(string Token, string? Name);
