using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>The timeline, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class ActivityTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<ActivityEntry> Activity => db.Set<ActivityEntry>();
    }
}
