using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>The test results' table, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class TestTrackerTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<TestRecord> TestRecords => db.Set<TestRecord>();
    }
}
