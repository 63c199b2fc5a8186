using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

public static class MappingOrphans
{
    public static IReadOnlyList<MappingOrphan> Find(MappingState state, PropertyProfileData profile)
    {
        var orphans = new List<MappingOrphan>();
        foreach (var kind in Enum.GetValues<CmCodeKind>())
        {
            foreach (var (mews, cm) in state.Assignments(kind).Where(a => !MappingRules.Exists(profile, kind, a.Key)))
                orphans.Add(new($"{kind.MewsNoun()} {mews} → CM {kind.Noun()} {cm}", s => s.Assign(kind, mews, null)));
        }
        foreach (var exclusion in state.Exclusions.Where(e => !profile.IsSold(e.RatePlanCode, e.SpaceTypeCode)))
        {
            orphans.Add(new($"exclusion of {exclusion.RatePlanCode} × {exclusion.SpaceTypeCode}",
                s => s with { Exclusions = s.Exclusions.Where(e => e != exclusion).ToList() }));
        }
        return orphans;
    }
}
