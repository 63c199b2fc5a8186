using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// What a newer configuration snapshot changed for the mapping, against the one the team last reviewed: space types,
/// rate plans and combinations that arrived unmapped, and ones that left behind an orphaned mapping. Everything else
/// in the mapping is kept as it was.
/// </summary>
/// <param name="NewUnmapped">Arrived and not mapped yet, e.g. "space type FAM (new)".</param>
/// <param name="Removed">Gone from the configuration, with what the mapping still holds for them.</param>
public sealed record MappingDrift(int ReviewedSnapshotId, int LatestSnapshotId, IReadOnlyList<string> NewUnmapped, IReadOnlyList<string> NewMapped, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => NewUnmapped.Count + NewMapped.Count + Removed.Count == 0;

    /// <returns>The drift, or null when the mapping was reviewed against the latest snapshot (or never against any).</returns>
    public static MappingDrift? Compare(PropertyProfileData? reviewed, int? reviewedId, PropertyProfileData latest, int latestId, MappingState state)
    {
        if (reviewed is null || reviewedId is not { } reviewedSnapshot || reviewedSnapshot == latestId)
            return null;
        var coverage = MappingCoverage.Evaluate(latest, state);
        var (newUnmapped, newMapped, removed) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var kind in Enum.GetValues<CmCodeKind>())
        {
            var before = Codes(reviewed, kind);
            var after = Codes(latest, kind);
            foreach (var code in after.Except(before))
            {
                if (state.CmCodeOf(kind, code) is { } cm)
                    newMapped.Add($"{kind.MewsNoun()} {code} → CM {kind.Noun()} {cm}");
                else
                    newUnmapped.Add($"{kind.MewsNoun()} {code}");
            }
            foreach (var code in before.Except(after))
                removed.Add($"{kind.MewsNoun()} {code}" + (state.CmCodeOf(kind, code) is { } cm ? $" (still mapped to CM {kind.Noun()} {cm}: orphaned)" : ""));
        }
        var oldCombinations = reviewed.Combinations.Where(c => c.IsPushed).Select(c => (c.RatePlanCode, c.SpaceTypeCode)).ToHashSet();
        foreach (var added in coverage.Pushed.Where(c => !oldCombinations.Contains((c.RatePlanCode, c.SpaceTypeCode))))
            (added.State == CombinationState.Unmapped ? newUnmapped : newMapped).Add($"combination {added.Label} (pushed now)");
        var nowPushed = coverage.Pushed.Select(c => (c.RatePlanCode, c.SpaceTypeCode)).ToHashSet();
        removed.AddRange(oldCombinations.Where(c => !nowPushed.Contains(c)).Select(c => $"combination {c.RatePlanCode} × {c.SpaceTypeCode} (no longer pushed)"));
        return new MappingDrift(reviewedSnapshot, latestId, newUnmapped, newMapped, removed);
    }

    private static HashSet<string> Codes(PropertyProfileData profile, CmCodeKind kind) =>
        kind == CmCodeKind.Room ? profile.SpaceTypes.Select(s => s.Code).ToHashSet() : profile.RatePlans.Select(r => r.Code).ToHashSet();
}
