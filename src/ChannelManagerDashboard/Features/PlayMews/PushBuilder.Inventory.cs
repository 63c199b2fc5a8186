using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>INV-01..06: availability, prices and restrictions for the mapped combinations, split into messages.</summary>
public sealed partial class PushBuilder
{
    private TestPlan Availability(DateOnly first, int days, string what)
    {
        var spaces = MappedSpaceTypes();
        var runs = Runs(first, days, night => PushValues.AvailabilityKey(night)).ToList();
        var pushes = Chunk<AvailabilityEntry>(CmOperation.UpdateAvailability, spaces.Count * runs.Count,
            () => k => Entry(spaces[k / runs.Count], runs[k % runs.Count]),
            chunk => new AvailabilityPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdateAvailability), chunk));
        return new TestPlan(pushes,
        [
            $"{what}: availability for {Counted.Of(spaces.Count, "space type")}, {Nights(first, days)}, in {Counted.Of(spaces.Count * runs.Count, "range")}.",
            AvailabilitySpotChecks(spaces, runs),
        ]);

        AvailabilityEntry Entry(string space, (DateOnly From, DateOnly To) run) => new(space, run.From, run.To, values.Availability(space, run.From));
    }

    private TestPlan Prices(IReadOnlyList<Combination> combinations, DateOnly first, int days, string compare)
    {
        var runs = Runs(first, days, night => PushValues.PriceKey(night)).ToList();
        var count = combinations.Count * runs.Count;
        var pushes = Chunk(CmOperation.UpdatePrices, count, () => PriceEntries(combinations, runs),
            chunk => new PricesPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdatePrices), chunk));
        return new TestPlan(pushes,
        [
            $"Prices for {Counted.Of(combinations.Count, "combination")}, {Nights(first, days)}, in {Counted.Of(count, "range")}, each with grossAmount and netAmount per guest count.",
            PriceSpotChecks(combinations, runs, compare),
        ]);
    }

    private TestPlan PackagePrices()
    {
        var packages = scope.Combinations.Where(c => values.IsPackage(c.RatePlanCode)).ToList();
        if (packages.Count == 0)
            return TestPlan.Block("No package rate is mapped: a package rate is a rate plan with a product priced per night or per person per night in Get configuration's productMappings (demo: BB with BRK). Map one on the Mapping page.");
        var plan = Prices(packages, scope.FirstNight, settings.ShortDays, "grossAmount");
        var facts = plan.Facts.ToList();
        foreach (var rate in packages.Select(c => c.RatePlanCode).Distinct())
        {
            var products = string.Join(", ", values.ProductsIn(rate).Select(p => $"{p.Code} {Amount(p.UnitAmount?.GrossValue ?? 0)} {p.UnitAmount?.CurrencyCode} {(p.Pricing == "4" ? "per person per night" : "per night")}"));
            var (gross2, _) = values.ProductPerNight(rate, 2);
            facts.Add($"{rate} includes {products}: for 2 guests {Amount(gross2)} of each nightly amount is the product. The channel manager must not add it again.");
        }
        return plan with { Facts = facts };
    }

    private TestPlan Restrictions(DateOnly first, int windowDays, int windows, Func<int, (int[] State, int? MinLos, int? MaxLos)> pattern)
    {
        var combinations = scope.Combinations;
        var count = combinations.Count * windows;
        var pushes = Chunk<RestrictionEntry>(CmOperation.UpdateRestrictions, count, () => Entry,
            chunk => new RestrictionsPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdateRestrictions), chunk));
        return new TestPlan(pushes,
        [
            $"Restrictions for {Counted.Of(combinations.Count, "combination")}, {Nights(first, windowDays * windows)}, {Counted.Of(count, "range")} of {Counted.Of(windowDays, "night")}.",
            "States: [1] open, [2,6] closed to arrival, [2,7] closed to departure, [2,8] closed to stay; with minLos/maxLos the state applies only to stays inside the bounds.",
            RestrictionSpotChecks(Enumerable.Range(0, Math.Min(count, windows)).Select(Entry)),
        ]);

        // Window w of combination i gets pattern w + i, so each combination sees the patterns in a different order.
        RestrictionEntry Entry(int k)
        {
            var (i, window) = (k / windows, k % windows);
            var from = first.AddDays(window * windowDays);
            var (state, minLos, maxLos) = pattern(window + i);
            return new RestrictionEntry(combinations[i].SpaceTypeCode, combinations[i].RatePlanCode, from, from.AddDays(windowDays - 1), state, minLos, maxLos);
        }
    }

    private TestPlan FullPush()
    {
        var days = settings.FullDays;
        var availability = Availability(scope.FirstNight, days, "Availability");
        var prices = Prices(scope.Combinations, scope.FirstNight, days, "grossAmount");
        var months = (days + 29) / 30;
        var restrictions = Restrictions(scope.FirstNight, 30, months, month => month % 3 == 0 ? RestrictionPatterns[month / 3 % RestrictionPatterns.Count] : RestrictionPatterns[0]);
        var pushes = availability.Pushes.Concat(prices.Pushes).Concat(restrictions.Pushes).ToList();
        return new TestPlan(pushes,
        [
            $"Full push of {days} nights ({Nights(scope.FirstNight, days)}) for {Counted.Of(scope.Combinations.Count, "combination")} to all three endpoints: {Counted.Of(pushes.Count, "message")} of at most {settings.MaxEntriesPerMessage} entries.",
            .. availability.Facts, .. prices.Facts, restrictions.Facts[0],
            "Mews does not document how it splits a large push; the harness sends at most the configured number of entries per message.",
        ]);
    }

    /// <summary>
    /// Price entry k (combination k / runs, run k % runs). A year has about 100 runs but only 24 price keys (month ×
    /// weekend), so each builder computes a combination's amounts once per key.
    /// </summary>
    private Func<int, RatePriceEntry> PriceEntries(IReadOnlyList<Combination> combinations, IReadOnlyList<(DateOnly From, DateOnly To)> runs)
    {
        var amounts = new Dictionary<int, (IReadOnlyList<PriceEntry> Prices, IReadOnlyList<AgePriceEntry> AgePrices)>();
        var bases = new Dictionary<int, PriceBasis>();
        return k =>
        {
            var (i, (from, to)) = (k / runs.Count, runs[k % runs.Count]);
            var c = combinations[i];
            var (month, weekend) = PushValues.PriceKey(from);
            var key = i * 24 + (month - 1) * 2 + (weekend ? 1 : 0);
            if (!amounts.TryGetValue(key, out var amount))
            {
                if (!bases.TryGetValue(i, out var basis))
                    bases[i] = basis = values.Basis(c.SpaceTypeCode, c.RatePlanCode);
                amounts[key] = amount = (values.Prices(basis, from), values.AgePrices(basis, from));
            }
            return new RatePriceEntry(c.SpaceTypeCode, c.RatePlanCode, from, to, amount.Prices, amount.AgePrices);
        };
    }
}
