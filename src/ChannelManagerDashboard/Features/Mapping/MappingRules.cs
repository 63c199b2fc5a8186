using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Whether a Mews space type or rate plan may go onto a CM code. The drag and drop targets and the dropdowns ask the same rules.</summary>
public static class MappingRules
{
    public const int MaxReasonLength = 500;

    /// <param name="cmCode">The target CM code, or null to unmap.</param>
    /// <returns>Ok when the assignment is allowed, otherwise why it is refused.</returns>
    public static Result CanAssign(MappingState state, PropertyProfileData profile, CmCodeKind kind, string mewsCode, string? cmCode)
    {
        if (cmCode is null)
            return Result.Ok();
        if (!Exists(profile, kind, mewsCode))
            return Result.InvalidWhole($"Mews {kind.MewsNoun()} {mewsCode} is not in the configuration the editor shows. Reload the page; if it is still missing, fetch the configuration again in P5.");
        if (!state.HasCode(kind, cmCode))
            return Result.InvalidWhole($"CM {kind.Noun()} {cmCode} is not in your catalog. Add it to the catalog first.");
        var holder = state.Assignments(kind).FirstOrDefault(a => a.Value == cmCode && a.Key != mewsCode).Key;
        return holder is null ? Result.Ok()
            : Result.InvalidWhole($"CM {kind.Noun()} {cmCode} already receives Mews {kind.MewsNoun()} {holder}. Two {kind.MewsNoun()}s on one CM {kind.Noun()} " +
              $"would overwrite each other's {kind.PushedData()}: unmap {holder} first, or add another CM {kind.Noun()}.");
    }

    /// <returns>Ok when the combination can be excluded with <paramref name="reason"/>, otherwise why not.</returns>
    public static Result CanExclude(PropertyProfileData profile, string ratePlanCode, string spaceTypeCode, string reason)
    {
        if (!profile.IsSold(ratePlanCode, spaceTypeCode))
            return Result.InvalidWhole($"{ratePlanCode} × {spaceTypeCode} is not a combination Mews sells for this property. Reload the page.");
        if (string.IsNullOrWhiteSpace(reason))
            return Result.InvalidWhole("Say why this combination is left out (Mews asks about gaps during the certification call).");
        return reason.Trim().Length > MaxReasonLength ? Result.InvalidWhole($"The reason is {reason.Trim().Length} characters long; the limit is {MaxReasonLength}.") : Result.Ok();
    }


    public static bool Exists(PropertyProfileData profile, CmCodeKind kind, string mewsCode) =>
        kind == CmCodeKind.Room ? profile.SpaceTypes.Any(s => s.Code == mewsCode) : profile.RatePlans.Any(r => r.Code == mewsCode);
}
