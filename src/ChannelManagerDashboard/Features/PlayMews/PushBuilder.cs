using System.Globalization;
using ChannelManagerDashboard.Features.Configuration;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Builds the pushes of each harness test from the configuration and the mapped combinations.</summary>
public sealed class PushBuilder(HarnessScope scope, HarnessSettings settings)
{
    /// <summary>
    /// INV-04's patterns: every documented state combination, with and without length of stay (certification.md INV-04).
    /// </summary>
    public static IReadOnlyList<(int[] State, int? MinLos, int? MaxLos)> RestrictionPatterns { get; } =
    [
        ([1], null, null), ([2, 6], null, null), ([2, 7], null, null), ([2, 8], null, null), ([2, 8, 6], null, null), ([2, 8, 7], null, null),
        ([1], 2, null), ([1], null, 7), ([1], 3, 10), ([2, 6], 2, null), ([2, 7], null, 5), ([2, 8], 2, 6),
    ];

    private readonly PushValues values = new(scope.Configuration);

    public TestPlan Plan(string testId) => testId.ToUpperInvariant() switch
    {
        "INV-01" => WithBaseSetup(() => Availability(scope.FirstNight, settings.ShortDays, "INV-01")),
        "INV-02" => WithBaseSetup(() => Prices(scope.Combinations, scope.FirstNight, settings.ShortDays, "grossAmount")),
        "INV-03" => WithBaseSetup(() => Prices(scope.Combinations, scope.FirstNight.AddDays(settings.ShortDays), settings.ShortDays, "netAmount")),
        "INV-04" => WithBaseSetup(() => Restrictions(scope.FirstNight, 7, RestrictionPatterns.Count, week => RestrictionPatterns[week % RestrictionPatterns.Count])),
        "INV-05" => PackagePrices(),
        "INV-06" => WithBaseSetup(FullPush),
        "ERR-02" => UnknownReservation(),
        "ERR-03" => UnmappedSpaceType(),
        "ERR-04" => UnmappedRate(),
        "ERR-05" => WithBaseSetup(InactiveConnection),
        HarnessTests.ChangeNotification => new TestPlan(
            [new PlannedPush(CmOperation.ChangeNotification, () => new ChangeNotificationPush(scope.ClientToken, scope.ConnectionToken, 1), Expectation.Success, 0, "changeNotificaton type 1")],
            ["Type 1 (Updated) only: types 3 (Deactivated) and 4 (Deleted) could switch off a real connection."]),
        _ => TestPlan.Block($"The harness has no test '{testId}'."),
    };

    private TestPlan WithBaseSetup(Func<TestPlan> plan) =>
        scope.Combinations.Count == 0
            ? TestPlan.Block("No combination is mapped, so there is nothing to push. Map rate plans and space types on the Mapping page first.")
            : plan();

    private TestPlan Availability(DateOnly first, int days, string what)
    {
        var spaces = MappedSpaceTypes();
        var runs = Runs(first, days, night => PushValues.AvailabilityKey(night)).ToList();
        var pushes = Chunk<AvailabilityEntry>(CmOperation.UpdateAvailability, spaces.Count * runs.Count,
            () => k => Entry(spaces[k / runs.Count], runs[k % runs.Count]),
            chunk => new AvailabilityPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdateAvailability), chunk));
        return new TestPlan(pushes, [$"{what}: availability for {spaces.Count} space type(s), {Nights(first, days)}, in {spaces.Count * runs.Count} range(s)."]);

        AvailabilityEntry Entry(string space, (DateOnly From, DateOnly To) run) => new(space, run.From, run.To, values.Availability(space, run.From));
    }

    private TestPlan Prices(IReadOnlyList<Combination> combinations, DateOnly first, int days, string compare)
    {
        var runs = Runs(first, days, night => PushValues.PriceKey(night)).ToList();
        var count = combinations.Count * runs.Count;
        var pushes = Chunk(CmOperation.UpdatePrices, count, () => PriceEntries(combinations, runs),
            chunk => new PricesPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdatePrices), chunk));
        var sample = PriceEntries(combinations, runs)(0);
        return new TestPlan(pushes,
        [
            $"Prices for {combinations.Count} combination(s), {Nights(first, days)}, in {count} range(s), each with grossAmount and netAmount per guest count.",
            $"Compare {compare}: e.g. {sample.RatePlanCode} × {sample.SpaceTypeCode} on {Date(sample.From)}: "
                + string.Join(", ", sample.Prices.Select(p => $"{p.GuestCount} guest(s) {Amount(compare == "netAmount" ? p.NetAmount : p.GrossAmount)} {p.CurrencyCode}")) + ".",
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
        var sample = Enumerable.Range(0, Math.Min(count, 3)).Select(Entry).Select(e =>
            $"{e.RatePlanCode} × {e.SpaceTypeCode} {Date(e.From)}–{Date(e.To)}: state [{string.Join(",", e.State)}]" + Los(e.MinLos, e.MaxLos));
        return new TestPlan(pushes,
        [
            $"Restrictions for {combinations.Count} combination(s), {Nights(first, windowDays * windows)}, {count} range(s) of {windowDays} night(s).",
            "States: [1] open, [2,6] closed to arrival, [2,7] closed to departure, [2,8] closed to stay; with minLos/maxLos the state applies only to stays inside the bounds.",
            "For example " + string.Join("; ", sample) + ".",
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
            $"Full push of {days} nights ({Nights(scope.FirstNight, days)}) for {scope.Combinations.Count} combination(s) to all three endpoints: {pushes.Count} message(s) of at most {settings.MaxEntriesPerMessage} entries.",
            .. availability.Facts, .. prices.Facts, restrictions.Facts[0],
            "Mews does not document how it splits a large push; the harness sends at most the configured number of entries per message.",
        ]);
    }

    private TestPlan UnknownReservation()
    {
        var number = Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var push = new ConfirmGroupPush(scope.ClientToken, scope.ConnectionToken, MessageId(), $"PLAYMEWS-{number}", [new ReservationConfirmation($"PLAYMEWS-{number}-1", number)]);
        return new TestPlan([new PlannedPush(CmOperation.ConfirmGroup, () => push, Expectation.Error(2), 1, "confirmGroup")],
            [$"Confirm booking for channelManagerId PLAYMEWS-{number} with Mews confirmation number {number}, which the channel manager never sent."]);
    }

    private TestPlan UnmappedSpaceType()
    {
        var code = scope.UnknownCode();
        var push = new AvailabilityPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdateAvailability),
            [new AvailabilityEntry(code, scope.FirstNight, scope.FirstNight.AddDays(6), 5)]);
        return new TestPlan([new PlannedPush(CmOperation.UpdateAvailability, () => push, Expectation.Error(10, categoryCode: code), 1, "updateAvailability")],
            [$"Availability for space type code '{code}', which is not in the configuration and not mapped."]);
    }

    private TestPlan UnmappedRate()
    {
        var code = scope.UnknownCode();
        var space = scope.Combinations.FirstOrDefault()?.SpaceTypeCode ?? scope.Configuration.SpaceTypes.FirstOrDefault()?.Code ?? "DBL";
        var push = new PricesPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdatePrices),
            [new RatePriceEntry(space, code, scope.FirstNight, scope.FirstNight.AddDays(6), values.Prices(space, code, scope.FirstNight), [])]);
        return new TestPlan([new PlannedPush(CmOperation.UpdatePrices, () => push, Expectation.Error(9, rateCode: code), 1, "updatePrices")],
            [$"Prices for rate code '{code}' (not in the configuration, not mapped) on mapped space type {space}."]);
    }

    private TestPlan InactiveConnection()
    {
        var combination = scope.Combinations[0];
        var token = scope.InactiveConnectionToken;
        var first = scope.FirstNight;
        var expected = new Expectation([3, 8]);
        object[] payloads =
        [
            new AvailabilityPush(scope.ClientToken, token, MessageId(), scope.ResponseUrl(CmOperation.UpdateAvailability),
                [new AvailabilityEntry(combination.SpaceTypeCode, first, first.AddDays(6), values.Availability(combination.SpaceTypeCode, first))]),
            new PricesPush(scope.ClientToken, token, MessageId(), scope.ResponseUrl(CmOperation.UpdatePrices),
                [new RatePriceEntry(combination.SpaceTypeCode, combination.RatePlanCode, first, first.AddDays(6), values.Prices(combination.SpaceTypeCode, combination.RatePlanCode, first), [])]),
            new RestrictionsPush(scope.ClientToken, token, MessageId(), scope.ResponseUrl(CmOperation.UpdateRestrictions),
                [new RestrictionEntry(combination.SpaceTypeCode, combination.RatePlanCode, first, first.AddDays(6), [1], null, null)]),
        ];
        string[] operations = [CmOperation.UpdateAvailability, CmOperation.UpdatePrices, CmOperation.UpdateRestrictions];
        return new TestPlan(operations.Select((op, i) => new PlannedPush(op, () => payloads[i], expected, 1, op)).ToList(),
            ["One push to each ARI endpoint with the connection token of a deactivated connection; each must answer code 3 (connection not found) or 8 (invalid authentication)."]);
    }

    /// <summary>
    /// Price entry k (combination k / runs, run k % runs). A year has about 100 runs but only 24 price keys (month ×
    /// weekend), so each builder computes a combination's amounts once per key.
    /// </summary>
    private Func<int, RatePriceEntry> PriceEntries(IReadOnlyList<Combination> combinations, IReadOnlyList<(DateOnly From, DateOnly To)> runs)
    {
        var amounts = new Dictionary<int, (IReadOnlyList<PriceEntry> Prices, IReadOnlyList<AgePriceEntry> AgePrices)>();
        return k =>
        {
            var (i, (from, to)) = (k / runs.Count, runs[k % runs.Count]);
            var c = combinations[i];
            var (month, weekend) = PushValues.PriceKey(from);
            var key = i * 24 + (month - 1) * 2 + (weekend ? 1 : 0);
            if (!amounts.TryGetValue(key, out var amount))
                amounts[key] = amount = (values.Prices(c.SpaceTypeCode, c.RatePlanCode, from), values.AgePrices(c.SpaceTypeCode, c.RatePlanCode, from));
            return new RatePriceEntry(c.SpaceTypeCode, c.RatePlanCode, from, to, amount.Prices, amount.AgePrices);
        };
    }

    private List<string> MappedSpaceTypes() => scope.Combinations.Select(c => c.SpaceTypeCode).Distinct().ToList();

    /// <summary>
    /// Splits <paramref name="count"/> entries into messages of at most MaxEntriesPerMessage. Each message builds its own
    /// entries when it is about to be sent.
    /// </summary>
    /// <param name="entries">Makes the function that builds entry k; each message gets its own, as messages are built on several threads.</param>
    private List<PlannedPush> Chunk<TEntry>(string operation, int count, Func<Func<int, TEntry>> entries, Func<IReadOnlyList<TEntry>, object> payload)
    {
        var size = settings.MaxEntriesPerMessage;
        var messages = Math.Max(1, (count + size - 1) / size);
        return Enumerable.Range(0, messages).Select(i =>
        {
            var (start, end) = (i * size, Math.Min(count, (i + 1) * size));
            return new PlannedPush(operation, () =>
            {
                var entryAt = entries();
                var chunk = new TEntry[end - start];
                for (var k = start; k < end; k++)
                    chunk[k - start] = entryAt(k);
                return payload(chunk);
            }, Expectation.Success, end - start, messages == 1 ? operation : $"{operation} {i + 1} of {messages}");
        }).ToList();
    }

    /// <summary>Consecutive nights with the same key, as inclusive from/to ranges (the way ARI pushes group nights).</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Runs<TKey>(DateOnly first, int days, Func<DateOnly, TKey> key)
    {
        var start = first;
        var current = key(first);
        for (var i = 1; i < days; i++)
        {
            var night = first.AddDays(i);
            var next = key(night);
            if (EqualityComparer<TKey>.Default.Equals(next, current))
                continue;
            yield return (start, night.AddDays(-1));
            start = night;
            current = next;
        }
        yield return (start, first.AddDays(days - 1));
    }

    private static string MessageId() => Guid.NewGuid().ToString();

    private static string Nights(DateOnly first, int days) => $"{days} night(s) {Date(first)} … {Date(first.AddDays(days - 1))}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Los(int? min, int? max) =>
        (min, max) switch
        {
            (null, null) => "",
            (_, null) => $", minLos {min}",
            (null, _) => $", maxLos {max}",
            _ => $", minLos {min} maxLos {max}",
        };
}
