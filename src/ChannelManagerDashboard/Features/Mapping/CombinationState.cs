namespace ChannelManagerDashboard.Features.Mapping;

public enum CombinationState
{
    /// <summary>Neither excluded nor mapped on both sides: a push for it would fail with error 9, 10 or 11.</summary>
    Unmapped,
    Mapped,
    Excluded,
}
