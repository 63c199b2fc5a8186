using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The Play Mews runs, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class PlayMewsTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<HarnessRun> HarnessRuns => db.Set<HarnessRun>();
    }
}
