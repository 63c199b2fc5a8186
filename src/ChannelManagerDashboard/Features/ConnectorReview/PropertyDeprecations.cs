namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A request property the deprecations page names, with what replaces it and since when.</summary>
/// <param name="Operation">The one operation it applies to; null for any operation.</param>
public sealed record PropertyDeprecation(string? Operation, string Property, string? Replacement, string? Since);

/// <summary>
/// The property deprecations of Mews' deprecations page that the operation catalogue cannot show (it lists only what
/// each operation's reference still documents). One applies to a request only where the operation's current reference
/// does not document the property: there the reference wins (e.g. rates/getPricing still documents RateId).
/// </summary>
public static class PropertyDeprecations
{
    public static readonly IReadOnlyList<PropertyDeprecation> All =
    [
        new(null, "RateId", "TemplateRateId", "10 Jun 2026"),
        new(null, "Blacklist", "Blocklist", "23 Apr 2026"),
        new("services/getAll", "Extent", null, null),
    ];

    public static PropertyDeprecation? Find(ConnectorOperation operation, string property) =>
        operation.Property(property) is null ? All.FirstOrDefault(d => d.Property == property && (d.Operation is null || d.Operation == operation.Name)) : null;
}
