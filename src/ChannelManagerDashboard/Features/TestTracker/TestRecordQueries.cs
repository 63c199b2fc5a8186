using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>The test results as other features read and clear them, within their own operation's context.</summary>
public static class TestRecordQueries
{
    /// <summary>The tests passed and checked by a person: final results.</summary>
    public static async Task<IReadOnlyList<string>> FinalTestIdsAsync(this DashboardDbContext db, int projectId) =>
        await db.TestRecords.AsNoTracking().Where(r => r.ProjectId == projectId && r.Status == TestStatus.Passed && !r.NeedsHumanCheck).Select(r => r.TestId).ToListAsync();

    public static Task<int> ResultCountAsync(this DashboardDbContext db, int projectId) => db.TestRecords.CountAsync(r => r.ProjectId == projectId);

    /// <summary>Removes every result of the project (saved with the caller's change).</summary>
    /// <returns>How many there were.</returns>
    public static async Task<int> ClearResultsAsync(this DashboardDbContext db, int projectId)
    {
        var records = await db.TestRecords.Where(r => r.ProjectId == projectId).ToListAsync();
        db.TestRecords.RemoveRange(records);
        return records.Count;
    }

    /// <summary>Stores results kept elsewhere again (saved with the caller's change).</summary>
    public static void RestoreResults(this DashboardDbContext db, IEnumerable<TestRecord> records) => db.TestRecords.AddRange(records);
}
