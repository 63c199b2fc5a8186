using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>The test records as other features read and clear them, within their own operation's context.</summary>
public static class TestRecordQueries
{
    /// <summary>The tests passed and checked by a person: final results.</summary>
    public static async Task<IReadOnlyList<string>> FinalTestIdsAsync(this DashboardDbContext db, int projectId) =>
        await db.TestRecords.AsNoTracking().Where(r => r.ProjectId == projectId && r.Status == TestStatus.Passed && !r.NeedsHumanCheck).Select(r => r.TestId).ToListAsync();

    public static Task<int> RecordCountAsync(this DashboardDbContext db, int projectId) => db.TestRecords.CountAsync(r => r.ProjectId == projectId);

    /// <summary>Removes every test record of the project (saved with the caller's change).</summary>
    /// <returns>How many there were.</returns>
    public static async Task<int> ClearRecordsAsync(this DashboardDbContext db, int projectId)
    {
        var records = await db.TestRecords.Where(r => r.ProjectId == projectId).ToListAsync();
        db.TestRecords.RemoveRange(records);
        return records.Count;
    }

    /// <summary>Stores test records kept elsewhere again (saved with the caller's change).</summary>
    public static void RestoreRecords(this DashboardDbContext db, IEnumerable<TestRecord> records) => db.TestRecords.AddRange(records);
}
