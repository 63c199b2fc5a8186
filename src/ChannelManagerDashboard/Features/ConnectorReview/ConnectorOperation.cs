namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>One request property of a Connector API operation, as its reference table documents it.</summary>
/// <param name="MaxInterval">For a time interval: the longest one allowed, e.g. "3 months"; null when none is documented.</param>
public sealed record ConnectorProperty(string Name, string Type, bool Required, int? MaxItems, string? MaxInterval);

/// <summary>A documented Connector API operation (generated from Mews' public reference, open-api-docs@f6eb4925).</summary>
/// <param name="Path">The full path, e.g. /api/connector/v1/reservations/getAll/2023-06-06.</param>
/// <param name="Paginated">It takes <c>Limitation</c> (cursor and count).</param>
public sealed record ConnectorOperation(
    string Title,
    string Path,
    bool Deprecated,
    bool Discontinued,
    string? Replacement,
    string? DeprecatedOn,
    string? DiscontinuedOn,
    bool Paginated,
    IReadOnlyList<ConnectorProperty> Properties)
{
    public const string Prefix = "/api/connector/v1/";

    /// <summary>The part after the prefix, e.g. reservations/getAll/2023-06-06, as partners declare it.</summary>
    public string Name => NameOf(Path);

    /// <summary>A path as partners declare it: without the /api/connector/v1/ prefix.</summary>
    public static string NameOf(string path) => path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : path.TrimStart('/');

    public ConnectorProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

/// <summary>A documented use case and the operations its page links to.</summary>
public sealed record ConnectorUseCase(string Name, string Page, IReadOnlyList<string> Operations);
