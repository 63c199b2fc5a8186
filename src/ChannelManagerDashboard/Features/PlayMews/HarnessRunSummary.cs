namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>A stored run as lists show it, without its evidence.</summary>
public sealed record HarnessRunSummary(int Id, string TestId, DateTimeOffset StartedAt, bool Passed, bool Blocked, string Summary, long LatencyMs, long RequestBytes, string RunBy)
{
    public string Outcome => Blocked ? "Blocked" : Passed ? "Passed" : "Failed";
}

public static class HarnessRunQueries
{
    /// <summary>The runs as lists show them, without reading their evidence; filter before, as SQL cannot filter on the record.</summary>
    public static IQueryable<HarnessRunSummary> AsSummaries(this IQueryable<HarnessRun> runs) =>
        runs.Select(r => new HarnessRunSummary(r.Id, r.TestId, r.StartedAt, r.Passed, r.Blocked, r.Summary, r.LatencyMs, r.RequestBytes, r.RunBy));
}
