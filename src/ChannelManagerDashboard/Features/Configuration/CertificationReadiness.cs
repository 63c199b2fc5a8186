namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>
/// What the inventory push tests need from the test property (certification.md, INV-01..05): at least 5 space types of
/// which 3 rooms, 1 dorm and 1 bed, at least 5 rate plans, and a package rate with a product. Only what Mews pushes
/// counts: synchronized and mapped.
/// </summary>
public static class CertificationReadiness
{
    public static IReadOnlyList<ReadinessCheck> Evaluate(PropertyConfiguration configuration)
    {
        var spaces = configuration.SpaceTypes.Where(s => s.IsPushed).ToList();
        var rates = configuration.RatePlans.Where(r => r.IsPushed).ToList();
        var rooms = spaces.Where(s => s.Kind == SpaceKind.Room).ToList();
        var dorms = spaces.Where(s => s.Kind == SpaceKind.Dorm).ToList();
        var beds = spaces.Where(s => s.Kind == SpaceKind.Bed).ToList();
        var packages = rates.Where(r => r.IsPackage).ToList();
        return
        [
            new("At least 5 space types pushed", spaces.Count >= 5, true, Counted(spaces.Select(s => s.Code), configuration.SpaceTypes.Where(s => !s.IsPushed).Select(s => s.Code))),
            new("At least 3 of them rooms", rooms.Count >= 3, true, Listed(rooms.Select(s => s.Code))),
            new("At least 1 dorm", dorms.Count >= 1, false, Listed(dorms.Select(s => s.Code)) + " Mews recommends mapping a dorm; it is not required."),
            new("At least 1 bed", beds.Count >= 1, false, Listed(beds.Select(s => s.Code)) + " Mews recommends mapping a bed; it is not required."),
            new("At least 5 rate plans pushed", rates.Count >= 5, true, Counted(rates.Select(r => r.Code), configuration.RatePlans.Where(r => !r.IsPushed).Select(r => r.Code))),
            new("A package rate with a product (INV-05)", packages.Count >= 1, true,
                packages.Count > 0
                    ? string.Join(", ", packages.Select(p => $"{p.Code} with {string.Join(", ", p.Products)}")) + "."
                    : "No pushed rate plan has a product mapped. Ask the property to map a product (e.g. breakfast) to a rate in Mews."),
        ];
    }

    private static string Listed(IEnumerable<string> codes) => codes.ToList() is { Count: > 0 } list ? $"{list.Count}: {string.Join(", ", list)}." : "None.";

    private static string Counted(IEnumerable<string> pushed, IEnumerable<string> notPushed)
    {
        var skipped = notPushed.ToList();
        return Listed(pushed) + (skipped.Count > 0 ? $" Not pushed (unsynchronized or unmapped): {string.Join(", ", skipped)}." : "");
    }
}
