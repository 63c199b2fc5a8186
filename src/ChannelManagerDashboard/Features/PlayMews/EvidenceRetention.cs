using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Keeps a project's stored runs bounded: the newest <see cref="HarnessSettings.KeptRunsPerTest"/> of each test, and at
/// most <see cref="HarnessSettings.KeptBytesPerProject"/> in all, the oldest going first. The newest run of each test is
/// never deleted: it is the one behind that test's status in the tracker.
/// </summary>
public static class EvidenceRetention
{
    /// <summary>One stored run, as retention weighs it.</summary>
    public sealed record StoredRun(int Id, string TestId, long Bytes);

    /// <param name="runs">Every run of one project.</param>
    /// <returns>The ids to delete.</returns>
    public static IReadOnlyList<int> ToDelete(IReadOnlyList<StoredRun> runs, int keptPerTest, long keptBytes)
    {
        var byTest = runs.GroupBy(r => r.TestId).Select(g => g.OrderByDescending(r => r.Id).ToList()).ToList();
        var newest = byTest.Select(g => g[0].Id).ToHashSet();
        var deleted = byTest.SelectMany(g => g.Skip(keptPerTest)).Where(r => !newest.Contains(r.Id)).Select(r => r.Id).ToHashSet();
        var total = runs.Where(r => !deleted.Contains(r.Id)).Sum(r => r.Bytes);
        foreach (var oldest in runs.Where(r => !deleted.Contains(r.Id) && !newest.Contains(r.Id)).OrderBy(r => r.Id))
        {
            if (total <= keptBytes)
                break;
            deleted.Add(oldest.Id);
            total -= oldest.Bytes;
        }
        return deleted.Order().ToList();
    }

    /// <returns>How many runs were deleted.</returns>
    public static async Task<int> ApplyAsync(DashboardDbContext db, int projectId, HarnessSettings settings)
    {
        var runs = await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId)
            .Select(r => new StoredRun(r.Id, r.TestId, r.VerdictGzip.Length)).ToListAsync();
        var ids = ToDelete(runs, settings.KeptRunsPerTest, settings.KeptBytesPerProject);
        return ids.Count == 0 ? 0 : await db.HarnessRuns.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync();
    }

    /// <returns>How many runs the project keeps, and their stored size.</returns>
    public static async Task<(int Runs, long Bytes)> KeptAsync(DashboardDbContext db, int projectId)
    {
        var runs = db.HarnessRuns.Where(r => r.ProjectId == projectId);
        return (await runs.CountAsync(), await runs.SumAsync(r => (long)r.VerdictGzip.Length));
    }
}
