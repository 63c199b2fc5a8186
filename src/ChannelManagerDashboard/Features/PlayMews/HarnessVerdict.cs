namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The outcome of one harness test.</summary>
/// <param name="Reasons">Why it failed, one line per distinct problem; empty when it passed.</param>
/// <param name="Blocked">Set when the test could not run (nothing to push, missing endpoint): what to do.</param>
/// <param name="LatencyMs">Wall time from the first push to the last answer.</param>
public sealed record HarnessVerdict(
    string TestId,
    DateTimeOffset StartedAt,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Facts,
    long LatencyMs,
    long RequestBytes,
    IReadOnlyList<ExchangeEvidence> Evidence,
    string? Blocked = null)
{
    public bool Passed => Blocked is null && Reasons.Count == 0 && Evidence.Count > 0;

    public static HarnessVerdict Block(string testId, DateTimeOffset at, string reason) => new(testId, at, [reason], [], [], 0, 0, [], reason);
}
