using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Where one rate plan × space type combination lands in the channel manager.</summary>
/// <param name="CmRate">The CM rate its rate plan is mapped to; null when unmapped.</param>
/// <param name="CmRoom">The CM room its space type is mapped to; null when unmapped.</param>
public sealed record CombinationStatus(Combination Combination, CmCode? CmRate, CmCode? CmRoom, string? ExclusionReason)
{
    public string RatePlanCode => Combination.RatePlanCode;
    public string SpaceTypeCode => Combination.SpaceTypeCode;
    public bool IsPushed => Combination.IsPushed;

    public CombinationState State =>
        ExclusionReason is not null ? CombinationState.Excluded
        : CmRate is not null && CmRoom is not null ? CombinationState.Mapped
        : CombinationState.Unmapped;

    /// <summary>How exports and the matrix name it.</summary>
    public string StatusText => (State, IsPushed) switch
    {
        (CombinationState.Mapped, true) => "mapped",
        (CombinationState.Excluded, _) => "excluded",
        (CombinationState.Unmapped, true) => "unmapped",
        (CombinationState.Mapped, false) => "mapped, not pushed",
        _ => "unmapped, not pushed",
    };

    public string Label => $"{RatePlanCode} × {SpaceTypeCode}";

    /// <summary>What an unmapped combination lacks.</summary>
    public string Missing => (CmRate, CmRoom) switch
    {
        (null, null) => $"rate plan {RatePlanCode} has no CM rate; space type {SpaceTypeCode} has no CM room",
        (null, _) => $"rate plan {RatePlanCode} has no CM rate",
        (_, null) => $"space type {SpaceTypeCode} has no CM room",
        _ => "",
    };
}
