using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>A Get configuration response as the viewer and the certification checks read it.</summary>
public sealed class PropertyProfileData
{
    private readonly HashSet<(string Rate, string Space)> mappings;
    private readonly HashSet<(string Rate, string Space)> pushed;

    private PropertyProfileData(PropertyProfileResponse response)
    {
        Response = response;
        mappings = (response.InventoryMappings ?? []).Select(m => (m.RatePlanCode, m.SpaceTypeCode)).ToHashSet();
        var spaces = response.SpaceCategories ?? [];
        var rates = response.RatePlans ?? [];
        var syncedSpaces = spaces.Where(s => s.IsSynchronized != false).Select(s => s.Code).ToHashSet();
        var syncedRates = rates.Where(r => r.IsSynchronized != false).Select(r => r.Code).ToHashSet();
        pushed = mappings.Where(m => syncedRates.Contains(m.Rate) && syncedSpaces.Contains(m.Space)).ToHashSet();
        var products = (response.Products ?? []).GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First().Name ?? g.Key);

        SpaceTypes = spaces.Select(s => new SpaceTypeRow(
            s.Code, s.Name ?? s.Code, SpaceClassification.KindOf(s.Classification), SpaceClassification.NameOf(s.Classification),
            s.IsSynchronized != false, pushed.Any(m => m.Space == s.Code), s.SpaceCount, s.BedCount, s.ExtraBedCount,
            SpaceClassification.BedTypeName(s.BedType), mappings.Count(m => m.Space == s.Code))).ToList();
        Combinations = (response.InventoryMappings ?? []).Select(m => (m.RatePlanCode, m.SpaceTypeCode)).Distinct()
            .Select(m => new Combination(m.RatePlanCode, m.SpaceTypeCode, pushed.Contains(m))).ToList();
        RatePlans = rates.Select(r => new RatePlanRow(
            r.Code, r.Name ?? r.Code, r.CurrencyCode ?? "", r.IsSynchronized != false, pushed.Any(m => m.Rate == r.Code), r.RateType == 1,
            (response.ProductMappings ?? []).Where(p => p.RatePlanCode == r.Code).Select(p => products.GetValueOrDefault(p.ProductCode, p.ProductCode)).ToList(),
            mappings.Count(m => m.Rate == r.Code), DescribeCancellation(r.CancellationPolicies))).ToList();
    }

    public PropertyProfileResponse Response { get; }
    public IReadOnlyList<SpaceTypeRow> SpaceTypes { get; }
    public IReadOnlyList<RatePlanRow> RatePlans { get; }
    public int InventoryMappingCount => mappings.Count;

    /// <summary>The rate plan × space type combinations Mews sells (inventoryMappings), in the order Mews lists them.</summary>
    public IReadOnlyList<Combination> Combinations { get; }

    public string PricingMode => Response.Property?.PricingMode switch
    {
        0 => "Gross (prices include tax)",
        1 => "Net (prices exclude tax)",
        null => "Not given",
        { } other => $"Undocumented ({other})",
    };

    public bool IsSold(string ratePlanCode, string spaceTypeCode) => mappings.Contains((ratePlanCode, spaceTypeCode));

    public InventoryCell Cell(string ratePlanCode, string spaceTypeCode) =>
        pushed.Contains((ratePlanCode, spaceTypeCode)) ? InventoryCell.Pushed
        : IsSold(ratePlanCode, spaceTypeCode) ? InventoryCell.Sold
        : InventoryCell.NotSold;

    /// <summary>Why a space type or rate plan receives pushes or not, as the grids show it.</summary>
    public static string PushState(bool isPushed, bool isSynchronized) =>
        isPushed ? "yes" : isSynchronized ? "no (unmapped)" : "no (unsynchronized)";

    public static PropertyProfileData From(PropertyProfileResponse response) => new(response);

    /// <returns>The configuration, or null when the stored JSON cannot be read as one.</returns>
    public static PropertyProfileData? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PropertyProfileResponse>(json, MewsJson.Options) is { } response && PropertyProfileResponse.Missing(response) is null
                ? new PropertyProfileData(response)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string DescribeCancellation(List<MewsCancellationPolicy>? policies) =>
        string.Join("; ", (policies ?? []).Select(p =>
        {
            var penalty = p.Penalty?.Relative is { Value: > 0 } relative
                ? $"{(relative.Value * 100)?.ToString("0.#", CultureInfo.InvariantCulture)} % of {(relative.Nights is { } nights ? $"{Counted.Of(nights, "night")}" : "the stay")}"
                : p.Penalty?.Absolute is { Amount: > 0 } absolute
                    ? $"{absolute.Amount?.ToString("0.00", CultureInfo.InvariantCulture)} {absolute.CurrencyCode}"
                    : "no penalty";
            var when = p.Applicability switch
            {
                1 => "from booking",
                2 => "from arrival time",
                3 => "from the arrival date",
                _ => "when undocumented",
            };
            return $"{penalty} {when}{(string.IsNullOrEmpty(p.Offset) ? "" : $" (offset {p.Offset})")}";
        }));
}
