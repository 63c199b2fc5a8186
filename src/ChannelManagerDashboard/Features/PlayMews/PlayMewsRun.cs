namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What a run from the page produced: each test's result, or why nothing was sent.</summary>
public sealed record PlayMewsRun(IReadOnlyList<HarnessResult> Results, string? Problem)
{
    public static PlayMewsRun Refused(string problem) => new([], problem);
}
