namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>
/// What the inventory push tests need (Mews certification guide, inventory tests): at least 5 space types of which 3 rooms, 1 dorm and
/// 1 bed, at least 5 rate plans, and a package rate with a product. The configuration viewer counts what Mews pushes;
/// the mapping editor counts what the channel manager has also mapped to its own codes.
/// </summary>
public static class CertificationReadiness
{
    private static readonly ReadinessWording Pushed = new(
        "pushed", "Not pushed (unsynchronized or unmapped)",
        "No pushed rate plan has a product mapped. Ask the property to map a product (e.g. breakfast) to a rate in Mews.");

    /// <summary>The test property as Mews pushes it: synchronized and mapped in Mews.</summary>
    public static IReadOnlyList<ReadinessCheck> Evaluate(PropertyProfileData profile) =>
        Evaluate(profile, s => s.IsPushed, r => r.IsPushed, Pushed);

    /// <param name="spaceCounts">Whether a space type counts towards the minimums.</param>
    /// <param name="rateCounts">Whether a rate plan counts towards the minimums.</param>
    public static IReadOnlyList<ReadinessCheck> Evaluate(
        PropertyProfileData profile, Func<SpaceTypeRow, bool> spaceCounts, Func<RatePlanRow, bool> rateCounts, ReadinessWording wording)
    {
        var spaces = profile.SpaceTypes.Where(spaceCounts).ToList();
        var rates = profile.RatePlans.Where(rateCounts).ToList();
        var rooms = spaces.Where(s => s.Kind == SpaceKind.Room).ToList();
        var dorms = spaces.Where(s => s.Kind == SpaceKind.Dorm).ToList();
        var beds = spaces.Where(s => s.Kind == SpaceKind.Bed).ToList();
        var packages = rates.Where(r => r.IsPackage).ToList();
        return
        [
            new($"At least 5 space types {wording.Counted}", spaces.Count >= 5, true,
                Counted(spaces.Select(s => s.Code), profile.SpaceTypes.Except(spaces).Select(s => s.Code), wording)),
            new("At least 3 of them rooms", rooms.Count >= 3, true, Listed(rooms.Select(s => s.Code))),
            new("At least 1 dorm", dorms.Count >= 1, false, Listed(dorms.Select(s => s.Code)) + " Mews recommends mapping a dorm; it is not required."),
            new("At least 1 bed", beds.Count >= 1, false, Listed(beds.Select(s => s.Code)) + " Mews recommends mapping a bed; it is not required."),
            new($"At least 5 rate plans {wording.Counted}", rates.Count >= 5, true,
                Counted(rates.Select(r => r.Code), profile.RatePlans.Except(rates).Select(r => r.Code), wording)),
            new("A package rate with a product (INV-05)", packages.Count >= 1, true,
                packages.Count > 0
                    ? string.Join(", ", packages.Select(p => $"{p.Code} with {string.Join(", ", p.Products)}")) + "."
                    : wording.NoPackage),
        ];
    }

    private static string Listed(IEnumerable<string> codes) => codes.ToList() is { Count: > 0 } list ? $"{list.Count}: {string.Join(", ", list)}." : "None.";

    private static string Counted(IEnumerable<string> counted, IEnumerable<string> notCounted, ReadinessWording wording)
    {
        var skipped = notCounted.ToList();
        return Listed(counted) + (skipped.Count > 0 ? $" {wording.NotCounted}: {string.Join(", ", skipped)}." : "");
    }
}
