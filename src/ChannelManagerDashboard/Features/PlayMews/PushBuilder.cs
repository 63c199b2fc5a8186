using System.Globalization;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Builds the pushes of each harness test from the configuration and the mapped combinations: the inventory tests in
/// PushBuilder.Inventory.cs, the error tests in PushBuilder.Errors.cs, what they share here.
/// </summary>
public sealed partial class PushBuilder(HarnessScope scope, HarnessSettings settings)
{
    /// <summary>
    /// INV-04's patterns: every documented state combination, with and without length of stay (Mews certification guide, restriction test).
    /// </summary>
    public static IReadOnlyList<(int[] State, int? MinLos, int? MaxLos)> RestrictionPatterns { get; } =
    [
        ([1], null, null), ([2, 6], null, null), ([2, 7], null, null), ([2, 8], null, null), ([2, 8, 6], null, null), ([2, 8, 7], null, null),
        ([1], 2, null), ([1], null, 7), ([1], 3, 10), ([2, 6], 2, null), ([2, 7], null, 5), ([2, 8], 2, 6),
    ];

    private readonly PushValues values = new(scope.Profile);

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

    private static string Nights(DateOnly first, int days) => $"{Counted.Of(days, "night")} {Date(first)} … {Date(first.AddDays(days - 1))}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
