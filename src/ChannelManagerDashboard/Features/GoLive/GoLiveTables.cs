using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>The go-live checklist and change log, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class GoLiveTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<GoLivePlan> GoLivePlans => db.Set<GoLivePlan>();
        public DbSet<ChangeLogEntry> ChangeLog => db.Set<ChangeLogEntry>();
    }
}
