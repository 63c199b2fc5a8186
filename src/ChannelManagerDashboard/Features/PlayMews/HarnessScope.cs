using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What the harness pushes: the property's configuration, the combinations the CM has mapped, and the tokens.</summary>
/// <param name="Combinations">Mapped combinations Mews pushes (rate plan and space type synchronized).</param>
/// <param name="InactiveConnectionToken">The token ERR-05 pushes with: one the CM deactivated, or one it cannot know.</param>
/// <param name="MewsBaseUrl">Where each push's responseUrl points (the Mews environment, or the simulator).</param>
/// <param name="Confirmations">Where confirmations sent to responseUrl arrive, when it is this app's simulator; null when they go elsewhere.</param>
public sealed record HarnessScope(
    PropertyProfileData Profile,
    IReadOnlyList<Combination> Combinations,
    Secret ClientToken,
    Secret ConnectionToken,
    Secret InactiveConnectionToken,
    DateOnly FirstNight,
    string MewsBaseUrl,
    ConfirmationInbox? Confirmations = null)
{
    /// <summary>Combinations mapped in the dashboard's mapping editor.</summary>
    public static IReadOnlyList<Combination> MappedIn(PropertyProfileData profile, MappingState state) =>
        MappingCoverage.Evaluate(profile, state).Combinations
            .Where(c => c.State == CombinationState.Mapped && c.IsPushed).Select(c => c.Combination).ToList();

    /// <summary>Combinations mapped in a mapping file (an export of the mapping editor).</summary>
    public static IReadOnlyList<Combination> MappedIn(PropertyProfileData profile, IEnumerable<MappingRow> rows)
    {
        var mapped = rows.Where(r => r.CmRateCode.Length > 0 && r.CmRoomCode.Length > 0 && r.ExcludedReason.Length == 0)
            .Select(r => (r.RatePlanCode, r.SpaceTypeCode)).ToHashSet();
        return profile.Combinations.Where(c => c.IsPushed && mapped.Contains((c.RatePlanCode, c.SpaceTypeCode))).ToList();
    }

    /// <summary>Without a mapping, every combination Mews pushes is taken as mapped as-is.</summary>
    public static IReadOnlyList<Combination> AllPushed(PropertyProfileData profile) =>
        profile.Combinations.Where(c => c.IsPushed).ToList();

    public string ResponseUrl(string operation) =>
        $"{MewsBaseUrl.TrimEnd('/')}{MewsPaths.OperationPrefix}{CmOperation.ConfirmationOf(operation)}";

    /// <summary>A connection token no channel manager can know, for ERR-05 when none was deactivated for the test.</summary>
    public static Secret UnknowableToken() => new("PLAYMEWS-" + Guid.NewGuid().ToString("N").ToUpperInvariant());

    /// <summary>A code that is neither configured nor mapped, for the unmapped-code error tests.</summary>
    public string UnknownCode()
    {
        var taken = Profile.SpaceTypes.Select(s => s.Code).Concat(Profile.RatePlans.Select(r => r.Code))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = "ZZZ";
        for (var i = 1; taken.Contains(candidate); i++)
            candidate = $"ZZZ{i}";
        return candidate;
    }
}
