using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// One connection's mapping as the editor saves it: the CM catalog, which CM code each Mews space type and rate plan
/// goes to, and the combinations excluded on purpose. Stored whole, as JSON, so every change can be undone by
/// restoring the state before it.
/// </summary>
/// <param name="SpaceTypeRooms">Mews space type code → CM room code.</param>
/// <param name="RatePlanRates">Mews rate plan code → CM rate code.</param>
/// <param name="BasedOnSnapshotId">The configuration snapshot the team last reviewed this mapping against.</param>
public sealed record MappingState(
    IReadOnlyList<CmCode> Rooms,
    IReadOnlyList<CmCode> Rates,
    IReadOnlyDictionary<string, string> SpaceTypeRooms,
    IReadOnlyDictionary<string, string> RatePlanRates,
    IReadOnlyList<Exclusion> Exclusions,
    int? BasedOnSnapshotId)
{
    public static MappingState Empty { get; } = new([], [], new Dictionary<string, string>(), new Dictionary<string, string>(), [], null);

    public const string UnreadableMessage =
        "The saved mapping could not be read (the database was changed outside the dashboard), so it is shown empty and your next " +
        "change replaces it. To restore it, import a mapping file exported earlier.";

    /// <returns>The saved state; or an empty one, warning with <see cref="UnreadableMessage"/>, when the stored JSON is not a mapping.</returns>
    public static Result<MappingState> Read(string? json) =>
        json is null ? Result.Of(Empty) : FromJson(json) is { Succeeded: true } read ? read : Result.Of(Empty) with { Warnings = [UnreadableMessage] };

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <returns>The saved state, or Invalid when the stored JSON is not one.</returns>
    /// <remarks>System.Text.Json reports bad JSON only by throwing; this is the one place that turns that into a result.</remarks>
    public static Result<MappingState> FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MappingState>(json) is { } state ? Result.Of(state) : Unreadable();
        }
        catch (JsonException)
        {
            return Unreadable();
        }
    }

    private static Result<MappingState> Unreadable() => Result.Invalid(Result.Whole, UnreadableMessage).As<MappingState>();

    /// <summary>The same mapping, whatever order its codes, assignments and exclusions were added in.</summary>
    public bool SameAs(MappingState other) => Canonical() == other.Canonical();

    private string Canonical() => string.Join("\n",
        Rooms.Select(c => $"room {c.Code}={c.Name}").Concat(Rates.Select(c => $"rate {c.Code}={c.Name}"))
            .Concat(SpaceTypeRooms.Select(a => $"space {a.Key}->{a.Value}")).Concat(RatePlanRates.Select(a => $"plan {a.Key}->{a.Value}"))
            .Concat(Exclusions.Select(e => $"exclude {e.RatePlanCode}x{e.SpaceTypeCode}:{e.Reason}"))
            .Append($"reviewed {BasedOnSnapshotId}")
            .Order(StringComparer.Ordinal));

    public IReadOnlyList<CmCode> Catalog(CmCodeKind kind) => kind == CmCodeKind.Room ? Rooms : Rates;

    /// <summary>Mews code → CM code for <paramref name="kind"/>'s side.</summary>
    public IReadOnlyDictionary<string, string> Assignments(CmCodeKind kind) => kind == CmCodeKind.Room ? SpaceTypeRooms : RatePlanRates;

    public string? CmCodeOf(CmCodeKind kind, string mewsCode) => Assignments(kind).GetValueOrDefault(mewsCode);

    public bool HasCode(CmCodeKind kind, string code) => Catalog(kind).Any(c => c.Code == code);

    public Exclusion? ExclusionOf(string ratePlanCode, string spaceTypeCode) =>
        Exclusions.FirstOrDefault(e => e.RatePlanCode == ratePlanCode && e.SpaceTypeCode == spaceTypeCode);

    public MappingState WithCatalog(CmCodeKind kind, IReadOnlyList<CmCode> codes) =>
        kind == CmCodeKind.Room ? this with { Rooms = codes } : this with { Rates = codes };

    public MappingState WithAssignments(CmCodeKind kind, IReadOnlyDictionary<string, string> assignments) =>
        kind == CmCodeKind.Room ? this with { SpaceTypeRooms = assignments } : this with { RatePlanRates = assignments };

    /// <summary>Maps <paramref name="mewsCode"/> to <paramref name="cmCode"/>, or unmaps it when that is null.</summary>
    public MappingState Assign(CmCodeKind kind, string mewsCode, string? cmCode)
    {
        var assignments = new Dictionary<string, string>(Assignments(kind));
        if (cmCode is null)
            assignments.Remove(mewsCode);
        else
            assignments[mewsCode] = cmCode;
        return WithAssignments(kind, assignments);
    }
}
