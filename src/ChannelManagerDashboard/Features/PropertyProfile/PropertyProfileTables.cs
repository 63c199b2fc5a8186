using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>The fetched configurations, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class PropertyProfileTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<PropertyProfileSnapshot> PropertyProfileSnapshots => db.Set<PropertyProfileSnapshot>();
    }
}
