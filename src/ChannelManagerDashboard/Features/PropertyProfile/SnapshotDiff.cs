using System.Globalization;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>What changed between two fetched configurations, item by item and field by field.</summary>
public static class SnapshotDiff
{
    public static IReadOnlyList<DiffEntry> Compare(PropertyProfileResponse older, PropertyProfileResponse newer)
    {
        var entries = new List<DiffEntry>();
        Fields("Property", "property", PropertyFields(older.Property), PropertyFields(newer.Property), entries);
        Items("Space types", older.SpaceCategories, newer.SpaceCategories, s => s.Code, SpaceFields, entries);
        Items("Rate plans", older.RatePlans, newer.RatePlans, r => r.Code, RateFields, entries);
        Items("Inventory mappings", older.InventoryMappings, newer.InventoryMappings, m => $"{m.RatePlanCode} × {m.SpaceTypeCode}", _ => [], entries);
        Items("Products", older.Products, newer.Products, p => p.Code, ProductFields, entries);
        Items("Product mappings", older.ProductMappings, newer.ProductMappings, m => $"{m.RatePlanCode} + {m.ProductCode}", _ => [], entries);
        return entries;
    }

    private static void Items<T>(string section, List<T>? older, List<T>? newer, Func<T, string> key,
        Func<T, IReadOnlyList<(string, string)>> fields, List<DiffEntry> entries)
    {
        var before = (older ?? []).GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        var after = (newer ?? []).GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        foreach (var code in after.Keys.Where(k => !before.ContainsKey(k)))
            entries.Add(new DiffEntry(section, code, DiffKind.Added, []));
        foreach (var code in before.Keys.Where(k => !after.ContainsKey(k)))
            entries.Add(new DiffEntry(section, code, DiffKind.Removed, []));
        foreach (var (code, item) in after.Where(a => before.ContainsKey(a.Key)))
            Fields(section, code, fields(before[code]), fields(item), entries);
    }

    private static void Fields(string section, string key, IReadOnlyList<(string Name, string Value)> before,
        IReadOnlyList<(string Name, string Value)> after, List<DiffEntry> entries)
    {
        var old = before.ToDictionary(f => f.Name, f => f.Value);
        var changes = after.Where(f => old.GetValueOrDefault(f.Name, "") != f.Value)
            .Select(f => $"{f.Name}: {Show(old.GetValueOrDefault(f.Name, ""))} → {Show(f.Value)}")
            .ToList();
        if (changes.Count > 0)
            entries.Add(new DiffEntry(section, key, DiffKind.Changed, changes));
    }

    private static string Show(string value) => value.Length == 0 ? "(none)" : $"'{value}'";

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IReadOnlyList<(string, string)> PropertyFields(MewsPropertyDetails? p) =>
    [
        ("name", Text(p?.Name)), ("timeZoneIdentifier", Text(p?.TimeZoneIdentifier)), ("languageCode", Text(p?.LanguageCode)),
        ("pricingMode", Text(p?.PricingMode)), ("spaceCount", Text(p?.SpaceCount)), ("email", Text(p?.Email)),
    ];

    private static IReadOnlyList<(string, string)> SpaceFields(MewsSpaceCategory s) =>
    [
        ("name", Text(s.Name)), ("classification", Text(s.Classification)), ("isSynchronized", Text(s.IsSynchronized != false)),
        ("spaceCount", Text(s.SpaceCount)), ("bedType", Text(s.BedType)), ("bedCount", Text(s.BedCount)), ("extraBedCount", Text(s.ExtraBedCount)),
    ];

    private static IReadOnlyList<(string, string)> RateFields(MewsRatePlan r) =>
    [
        ("name", Text(r.Name)), ("currencyCode", Text(r.CurrencyCode)), ("isSynchronized", Text(r.IsSynchronized != false)),
        ("rateType", Text(r.RateType)), ("cancellationPolicies", Text(r.CancellationPolicies?.Count)),
    ];

    private static IReadOnlyList<(string, string)> ProductFields(MewsProduct p) =>
    [
        ("name", Text(p.Name)), ("pricing", Text(p.Pricing)),
        ("grossValue", Text(p.UnitAmount?.GrossValue)), ("netValue", Text(p.UnitAmount?.NetValue)),
    ];
}
