using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// How much of what Mews pushes the channel manager has mapped (P6). Only pushed combinations count: the ones whose rate
/// plan and space type are synchronized, which is all Get configuration returns unless asked for unsynchronized ones.
/// </summary>
public sealed class MappingCoverage
{
    private static readonly ReadinessWording Mapped = new(
        "mapped", "Not mapped (or not pushed)",
        "No package rate is mapped. Map the package rate (the demo property's is BB, with breakfast) to a CM rate; " +
        "if the property has none, ask it to map a product to a rate in Mews and fetch the configuration again.");

    private MappingCoverage(PropertyProfileData profile, MappingState state)
    {
        var rates = state.Rates.ToDictionary(r => r.Code);
        var rooms = state.Rooms.ToDictionary(r => r.Code);
        Combinations = profile.Combinations.Select(c => new CombinationStatus(c,
            state.CmCodeOf(CmCodeKind.Rate, c.RatePlanCode) is { } rate ? rates.GetValueOrDefault(rate) : null,
            state.CmCodeOf(CmCodeKind.Room, c.SpaceTypeCode) is { } room ? rooms.GetValueOrDefault(room) : null,
            state.ExclusionOf(c.RatePlanCode, c.SpaceTypeCode)?.Reason)).ToList();
        Pushed = Combinations.Where(c => c.IsPushed).ToList();
        Unmapped = Pushed.Where(c => c.State == CombinationState.Unmapped).ToList();
        var mapped = Pushed.Where(c => c.State == CombinationState.Mapped).ToList();
        MappedCount = mapped.Count;
        ExcludedCount = Pushed.Count(c => c.State == CombinationState.Excluded);
        var mappedSpaces = mapped.Select(c => c.SpaceTypeCode).ToHashSet();
        var mappedRates = mapped.Select(c => c.RatePlanCode).ToHashSet();
        Minimums = CertificationReadiness.Evaluate(profile, s => mappedSpaces.Contains(s.Code), r => mappedRates.Contains(r.Code), Mapped);
        Orphans = MappingOrphans.Find(state, profile);
    }

    /// <summary>Every combination Mews sells, pushed or not.</summary>
    public IReadOnlyList<CombinationStatus> Combinations { get; }
    public IReadOnlyList<CombinationStatus> Pushed { get; }
    public IReadOnlyList<CombinationStatus> Unmapped { get; }
    public int MappedCount { get; }
    public int ExcludedCount { get; }

    /// <summary>The certification minimums, counting space types and rate plans with at least one mapped pushed combination.</summary>
    public IReadOnlyList<ReadinessCheck> Minimums { get; }
    public IReadOnlyList<MappingOrphan> Orphans { get; }

    /// <summary>Mapped or excluded, out of 100; 100 when nothing is pushed.</summary>
    public int Percent => Pushed.Count == 0 ? 100 : (MappedCount + ExcludedCount) * 100 / Pushed.Count;

    public bool IsComplete => Gaps().Count == 0;

    /// <summary>What still keeps P6 from being done: unmapped pushed combinations and unmet required minimums.</summary>
    public IReadOnlyList<string> Gaps()
    {
        var gaps = new List<string>();
        if (Unmapped.Count > 0)
        {
            var shown = string.Join(", ", Unmapped.Take(6).Select(c => c.Label)) + (Unmapped.Count > 6 ? ", …" : "");
            gaps.Add($"Map or exclude {Counted.Of(Unmapped.Count, "combination")} Mews pushes: {shown}.");
        }
        gaps.AddRange(Minimums.Where(c => c.Required && !c.Met).Select(c => $"{c.Title}: {c.Detail}"));
        return gaps;
    }

    public static MappingCoverage Evaluate(PropertyProfileData profile, MappingState state) => new(profile, state);
}
