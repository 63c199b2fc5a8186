namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>A stored run as lists show it, without its evidence.</summary>
public sealed record HarnessRunSummary(int Id, string TestId, DateTimeOffset StartedAt, bool Passed, bool Blocked, string Summary, long LatencyMs, long RequestBytes, string RunBy)
{
    public string Outcome => Blocked ? "Blocked" : Passed ? "Passed" : "Failed";
}
