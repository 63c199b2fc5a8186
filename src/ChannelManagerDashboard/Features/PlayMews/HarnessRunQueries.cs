using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Stored runs as Play Mews and other features read them, within the caller's own operation's context.</summary>
public static class HarnessRunQueries
{
    /// <summary>The runs as lists show them, without reading their evidence; filter before, as SQL cannot filter on the record.</summary>
    public static IQueryable<HarnessRunSummary> AsSummaries(this IQueryable<HarnessRun> runs) =>
        runs.Select(r => new HarnessRunSummary(r.Id, r.TestId, r.StartedAt, r.Passed, r.Blocked, r.Summary, r.LatencyMs, r.RequestBytes, r.RunBy));

    /// <summary>The verdicts of the runs <paramref name="runIds"/>; a run whose stored verdict cannot be read is left out.</summary>
    public static async Task<IReadOnlyList<HarnessVerdict>> VerdictsOfAsync(this DashboardDbContext db, IReadOnlyCollection<int> runIds) =>
        (await db.HarnessRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).Select(r => r.VerdictGzip).ToListAsync())
            .Select(HarnessVerdictJson.Decompress).OfType<HarnessVerdict>().ToList();

    /// <summary>The runs <paramref name="runIds"/> as lists show them, by test id.</summary>
    public static async Task<Dictionary<string, HarnessRunSummary>> SummariesOfAsync(this DashboardDbContext db, IReadOnlyCollection<int> runIds) =>
        await db.HarnessRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).AsSummaries().ToDictionaryAsync(r => r.TestId);

    /// <summary>The project's runs of <paramref name="testIds"/> (all its runs for null) as lists show them, newest first.</summary>
    public static async Task<IReadOnlyList<HarnessRunSummary>> SummariesOfAsync(this DashboardDbContext db, int projectId, IReadOnlyCollection<string>? testIds) =>
        await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId && (testIds == null || testIds.Contains(r.TestId)))
            .OrderByDescending(r => r.Id).AsSummaries().ToListAsync();

    /// <summary>When each of the project's runs started, without reading their evidence.</summary>
    public static async Task<IReadOnlyList<(int Id, string TestId, DateTimeOffset StartedAt)>> RunStartsAsync(this DashboardDbContext db, int projectId) =>
        (await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId).Select(r => new { r.Id, r.TestId, r.StartedAt }).ToListAsync())
            .Select(r => (r.Id, r.TestId, r.StartedAt)).ToList();

    /// <summary>The project's newest <paramref name="count"/> runs that passed and were not blocked, with who ran them and their verdict (null when unreadable).</summary>
    public static async Task<IReadOnlyList<(string RunBy, DateTimeOffset StartedAt, HarnessVerdict? Verdict)>> NewestPassedRunsAsync(this DashboardDbContext db, int projectId, int count) =>
        (await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId && r.Passed && !r.Blocked).OrderByDescending(r => r.Id).Take(count)
            .Select(r => new { r.RunBy, r.StartedAt, r.VerdictGzip }).ToListAsync())
            .Select(r => (r.RunBy, r.StartedAt, HarnessVerdictJson.Decompress(r.VerdictGzip))).ToList();

    /// <summary>The verdict of the project's newest passed run of <paramref name="testIds"/>; null when there is none or it cannot be read.</summary>
    public static async Task<HarnessVerdict?> NewestPassedVerdictAsync(this DashboardDbContext db, int projectId, IReadOnlyCollection<string> testIds) =>
        await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId && r.Passed && testIds.Contains(r.TestId))
            .OrderByDescending(r => r.Id).Select(r => r.VerdictGzip).FirstOrDefaultAsync() is { } stored ? HarnessVerdictJson.Decompress(stored) : null;
}
