using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// The human half of INV-01..06 made concrete: nights and values a person looks up in the channel manager's extranet.
/// Range edges come first: ARI's <c>to</c> is the last night and counts, so a channel manager that reads it as exclusive
/// loses exactly the last night of every range, and only an edge shows it.
/// </summary>
public sealed partial class PushBuilder
{
    /// <summary>Enough to catch a systematic mistake, few enough that a person checks them all.</summary>
    private const int SpotCheckSubjects = 3;

    private string AvailabilitySpotChecks(IReadOnlyList<string> spaces, IReadOnlyList<(DateOnly From, DateOnly To)> runs) =>
        SpotChecks.Prefix + "availability in your extranet (the last night of each range counts; a channel manager that reads `to` as exclusive loses it): "
        + string.Join("; ", spaces.Take(SpotCheckSubjects).SelectMany(space => EdgeNights(runs)
            .Select(edge => $"{space} on {Date(edge.Night)}: {values.Availability(space, edge.Night)} ({edge.Why})"))) + ".";

    private string PriceSpotChecks(IReadOnlyList<Combination> combinations, IReadOnlyList<(DateOnly From, DateOnly To)> runs, string compare)
    {
        // One combination per rate plan, on its roomiest space type, so every guest count's price gets a look.
        var checks = combinations.GroupBy(c => c.RatePlanCode).Select(rate => rate.MaxBy(c => values.MaxGuests(c.SpaceTypeCode))!).Take(SpotCheckSubjects)
            .SelectMany(c => EdgeNights(runs).Take(2).Select(edge => $"{c.RatePlanCode} × {c.SpaceTypeCode} on {Date(edge.Night)} ({edge.Why}): "
                + string.Join(", ", values.Prices(c.SpaceTypeCode, c.RatePlanCode, edge.Night)
                    .Select(p => $"{Guests(p.GuestCount)} {Amount(compare == "netAmount" ? p.NetAmount : p.GrossAmount)} {p.CurrencyCode}"))));
        return SpotChecks.Prefix + $"{compare} per guest count in your extranet: " + string.Join("; ", checks) + ".";
    }

    private static string RestrictionSpotChecks(IEnumerable<RestrictionEntry> windows) =>
        SpotChecks.Prefix + "restrictions in your extranet, on the first and the last night of each range (both carry its state): "
        + string.Join("; ", windows.Select(w => $"{w.RatePlanCode} × {w.SpaceTypeCode} {Date(w.From)} and {Date(w.To)}: {Meaning(w.State, w.MinLos, w.MaxLos)}")) + ".";

    /// <summary>The last night of the first range, the first of the next, and the last night pushed.</summary>
    private static IEnumerable<(DateOnly Night, string Why)> EdgeNights(IReadOnlyList<(DateOnly From, DateOnly To)> runs)
    {
        var edges = new List<(DateOnly Night, string Why)> { (runs[0].To, $"last night of the range {Date(runs[0].From)}…{Date(runs[0].To)}") };
        if (runs.Count > 1)
            edges.AddRange([(runs[1].From, "first night of the next range"), (runs[^1].To, "last night pushed")]);
        return edges.DistinctBy(e => e.Night);
    }

    /// <summary>In the API the state applies to stays inside minLos..maxLos, the reverse of the Mews UI's exception.</summary>
    private static string Meaning(int[] state, int? minLos, int? maxLos)
    {
        var names = state.Where(s => s != 2).Select(s => s switch
        {
            1 => "open",
            6 => "closed to arrival",
            7 => "closed to departure",
            8 => "closed to stay",
            _ => $"state {s}",
        });
        var stays = (minLos, maxLos) switch
        {
            (null, null) => "",
            (_, null) => $", for stays of {minLos} nights or more only",
            (null, _) => $", for stays of up to {maxLos} nights only",
            _ => $", for stays of {minLos} to {maxLos} nights only",
        };
        return string.Join(" and ", names) + stays;
    }

    private static string Guests(int count) => count == 1 ? "1 guest" : $"{count} guests";
}
