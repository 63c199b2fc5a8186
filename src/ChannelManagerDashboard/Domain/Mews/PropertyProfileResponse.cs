using System.Text.Json.Serialization;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Get configuration (M2), field for field as the Mews Channel Manager API documents it.</summary>
public sealed record PropertyProfileResponse
{
    public bool? Success { get; init; }
    public string? ConnectionToken { get; init; }
    public MewsPropertyDetails? Property { get; init; }
    public List<MewsSpaceCategory>? SpaceCategories { get; init; }
    public List<MewsRatePlan>? RatePlans { get; init; }
    public List<MewsInventoryMapping>? InventoryMappings { get; init; }
    public List<MewsProduct>? Products { get; init; }
    public List<MewsProductMapping>? ProductMappings { get; init; }
    public List<MewsCompany>? Companies { get; init; }
    public List<MewsCompany>? TravelAgencies { get; init; }
    public List<MewsAgeCategory>? AgeCategories { get; init; }

    /// <returns>The first required field that is absent (or an entry without its code), or null when the response is usable.</returns>
    internal static string? Missing(PropertyProfileResponse r) =>
        r.Property is null ? "property"
        : r.SpaceCategories is null ? "spaceCategories"
        : r.RatePlans is null ? "ratePlans"
        : r.InventoryMappings is null ? "inventoryMappings"
        : r.SpaceCategories.Any(s => s is null || string.IsNullOrEmpty(s.Code)) ? "spaceCategories[].code"
        : r.RatePlans.Any(p => p is null || string.IsNullOrEmpty(p.Code)) ? "ratePlans[].code"
        : r.InventoryMappings.Any(m => m is null || string.IsNullOrEmpty(m.RatePlanCode) || string.IsNullOrEmpty(m.SpaceTypeCode)) ? "inventoryMappings[].ratePlanCode/spaceTypeCode"
        : r.Products?.Any(p => p is null || string.IsNullOrEmpty(p.Code)) == true ? "products[].code"
        : r.ProductMappings?.Any(m => m is null || string.IsNullOrEmpty(m.RatePlanCode) || string.IsNullOrEmpty(m.ProductCode)) == true ? "productMappings[].ratePlanCode/productCode"
        : null;
}

public sealed record MewsPropertyDetails
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? LanguageCode { get; init; }
    public string? TimeZoneIdentifier { get; init; }
    public string? WebsiteUrl { get; init; }
    public string? Email { get; init; }
    public string? Telephone { get; init; }
    public int? SpaceCount { get; init; }

    /// <summary>0 gross, 1 net; set per property, never per rate plan.</summary>
    public int? PricingMode { get; init; }
    public MewsPostalAddress? Address { get; init; }
    public List<MewsImage>? Images { get; init; }
}

public sealed record MewsPostalAddress(
    string? AddressLine1, string? AddressLine2, string? City, string? Region, string? Zip, string? Country,
    decimal? Latitude, decimal? Longitude);

public sealed record MewsImage(int? Type, string? Url);

public sealed record MewsSpaceCategory
{
    public string Code { get; init; } = "";
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>In the docs' example but not their table; absent means pushed.</summary>
    public bool? IsSynchronized { get; init; }
    public int? SpaceCount { get; init; }
    public int? Classification { get; init; }
    public int? BedType { get; init; }
    public int? BedCount { get; init; }
    public int? ExtraBedCount { get; init; }
}

public sealed record MewsRatePlan
{
    public string Code { get; init; } = "";
    public string? Name { get; init; }
    public string? CurrencyCode { get; init; }
    public string? Description { get; init; }
    public bool? IsSynchronized { get; init; }

    /// <summary>0 private (channel only), 1 public (also on Mews Distributor).</summary>
    public int? RateType { get; init; }
    public List<MewsCancellationPolicy>? CancellationPolicies { get; init; }
}

public sealed record MewsCancellationPolicy(int? Applicability, string? Offset, MewsPenalty? Penalty);

public sealed record MewsPenalty(MewsAbsolutePenalty? Absolute, MewsRelativePenalty? Relative);

public sealed record MewsAbsolutePenalty(decimal? Amount, string? CurrencyCode);

public sealed record MewsRelativePenalty(decimal? Value, int? Nights);

public sealed record MewsInventoryMapping(string RatePlanCode, string SpaceTypeCode);

public sealed record MewsProduct
{
    public string Code { get; init; } = "";
    public string? Name { get; init; }
    public string? Description { get; init; }

    [JsonConverter(typeof(IntOrStringConverter))]
    public string? Pricing { get; init; }
    public MewsUnitAmount? UnitAmount { get; init; }
}

public sealed record MewsUnitAmount(string? CurrencyCode, decimal? NetValue, decimal? GrossValue, List<MewsTaxValue>? TaxValues);

public sealed record MewsTaxValue(string? Code, decimal? Value);

public sealed record MewsProductMapping(string RatePlanCode, string ProductCode);

public sealed record MewsCompany(
    string? Id, string? Iata, string? Name, string? Email, string? Contact, string? Phone,
    List<MewsPostalAddress>? Addresses, MewsCompanyChannel? Channel);

public sealed record MewsCompanyChannel(int? Code, string? Name);

public sealed record MewsAgeCategory(string Code, string? Name, int? MinimumAge, int? MaximumAge);
