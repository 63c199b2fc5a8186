using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.PlayMews;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// A failed call starts certification over: runs from before it stay in the history, but they are no evidence of the
/// round in progress, so call mode and the report only use the runs since.
/// </summary>
public static class CurrentRound
{
    /// <returns>Each test's newest run id in the current round.</returns>
    public static async Task<IReadOnlyDictionary<string, int>> NewestRunsAsync(DashboardDbContext db, int projectId)
    {
        var failedAt = (await db.CallOutcomes.AsNoTracking().Where(o => o.ProjectId == projectId && o.Verdict == CallVerdict.Failed)
            .Select(o => o.RecordedAt).ToListAsync()).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        // Compared here, not in SQL: SQLite stores DateTimeOffset as text, which does not order across offsets.
        var runs = await db.RunStartsAsync(projectId);
        return runs.Where(r => r.StartedAt > failedAt).GroupBy(r => r.TestId).ToDictionary(g => g.Key, g => g.Max(r => r.Id));
    }
}
