using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>One change a person makes in the editor. Each is one step of undo.</summary>
public abstract record MappingEdit
{
    public abstract Result<EditedMapping> Apply(MappingState state, MappingContext context);
}

/// <summary>A drop or a dropdown choice: a Mews space type onto a CM room, or a rate plan onto a CM rate (null unmaps).</summary>
public sealed record AssignEdit(CmCodeKind Kind, string MewsCode, string? CmCode) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        var current = state.CmCodeOf(Kind, MewsCode);
        if (current == CmCode)
            return EditedMapping.Unchanged;
        if (MappingRules.CanAssign(state, context.Profile, Kind, MewsCode, CmCode) is { Succeeded: false } refused)
            return EditedMapping.Refused(refused.Message);
        var what = $"{Kind.MewsNoun()} {MewsCode}";
        return EditedMapping.Changed(state.Assign(Kind, MewsCode, CmCode),
            CmCode is null ? $"Unmapped {what} from CM {Kind.Noun()} {current}" : $"Mapped {what} to CM {Kind.Noun()} {CmCode}");
    }
}

public sealed record AddCodeEdit(CmCodeKind Kind, string Code, string Name) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        var code = Code.Trim();
        if (CatalogRules.Check(code, Name.Trim()) is { Succeeded: false } refused)
            return EditedMapping.Refused(refused.Message);
        if (state.HasCode(Kind, code))
            return EditedMapping.Refused($"CM {Kind.Noun()} {code} is already in your catalog.");
        var name = Name.Trim() is { Length: > 0 } given ? given : code;
        return EditedMapping.Changed(state.WithCatalog(Kind, [.. state.Catalog(Kind), new CmCode(code, name)]), $"Added CM {Kind.Noun()} {code}");
    }
}

/// <summary>Removes a CM code; whatever was mapped to it becomes unmapped (undo brings both back).</summary>
public sealed record RemoveCodeEdit(CmCodeKind Kind, string Code) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        if (!state.HasCode(Kind, Code))
            return EditedMapping.Unchanged;
        var users = state.Assignments(Kind).Where(a => a.Value == Code).Select(a => a.Key).ToList();
        var next = users.Aggregate(state, (s, mews) => s.Assign(Kind, mews, null))
            .WithCatalog(Kind, state.Catalog(Kind).Where(c => c.Code != Code).ToList());
        return EditedMapping.Changed(next, $"Removed CM {Kind.Noun()} {Code}" + (users.Count > 0 ? $" ({Kind.MewsNoun()} {string.Join(", ", users)} unmapped)" : ""));
    }
}

/// <summary>Adds the imported codes and renames the ones already there; codes not in the import stay.</summary>
public sealed record ImportCatalogEdit(IReadOnlyList<CatalogEntry> Entries) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        var (next, added, renamed) = CatalogEntry.Merge(state, Entries);
        return added + renamed == 0
            ? EditedMapping.Refused("The import changes nothing: every code is already in your catalog with the same name.")
            : EditedMapping.Changed(next, $"Imported the catalog: {Counted.Of(added, "code")} added, {renamed} renamed");
    }
}

public sealed record ExcludeEdit(string RatePlanCode, string SpaceTypeCode, string Reason) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        if (MappingRules.CanExclude(context.Profile, RatePlanCode, SpaceTypeCode, Reason) is { Succeeded: false } refused)
            return EditedMapping.Refused(refused.Message);
        var others = state.Exclusions.Where(e => e.RatePlanCode != RatePlanCode || e.SpaceTypeCode != SpaceTypeCode);
        return EditedMapping.Changed(state with { Exclusions = [.. others, new Exclusion(RatePlanCode, SpaceTypeCode, Reason.Trim())] },
            $"Excluded {RatePlanCode} × {SpaceTypeCode}: {Reason.Trim()}");
    }
}

public sealed record IncludeEdit(string RatePlanCode, string SpaceTypeCode) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context) =>
        state.ExclusionOf(RatePlanCode, SpaceTypeCode) is { } exclusion
            ? EditedMapping.Changed(state with { Exclusions = state.Exclusions.Where(e => e != exclusion).ToList() }, $"Included {RatePlanCode} × {SpaceTypeCode} again")
            : EditedMapping.Unchanged;
}

/// <summary>Drops the mappings and exclusions of space types, rate plans and combinations the newest configuration no longer has.</summary>
public sealed record RemoveOrphansEdit : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        var orphans = MappingOrphans.Find(state, context.Profile);
        if (orphans.Count == 0)
            return EditedMapping.Unchanged;
        var next = orphans.Aggregate(state, (s, orphan) => orphan.RemoveFrom(s));
        return EditedMapping.Changed(next, $"Removed {Counted.Of(orphans.Count, "orphaned mapping")}: {string.Join("; ", orphans.Select(o => o.Description))}");
    }
}

/// <summary>The team has looked at what the newest configuration added or removed.</summary>
public sealed record MarkReviewedEdit : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context) =>
        state.BasedOnSnapshotId == context.SnapshotId
            ? EditedMapping.Unchanged
            : EditedMapping.Changed(state with { BasedOnSnapshotId = context.SnapshotId }, $"Reviewed the changes in configuration snapshot #{context.SnapshotId}");
}

/// <summary>A mapping file (CSV or JSON export, possibly edited outside the dashboard) applied as one change.</summary>
public sealed record ImportMappingEdit(MappingFile File) : MappingEdit
{
    public override Result<EditedMapping> Apply(MappingState state, MappingContext context)
    {
        var applied = File.ApplyTo(state, context.Profile);
        return applied.Value is not { } next
            ? EditedMapping.Refused($"Nothing was imported; fix these {Counted.Of(applied.Problems.Count, "problem")} in the file and import it again:\n" + ImportLimits.Shown(applied.Problems))
            : EditedMapping.Changed(next, $"Imported the mapping file: {Counted.Of(next.SpaceTypeRooms.Count, "space type")} and {Counted.Of(next.RatePlanRates.Count, "rate plan")} mapped, {Counted.Of(next.Exclusions.Count, "exclusion")}");
    }
}
