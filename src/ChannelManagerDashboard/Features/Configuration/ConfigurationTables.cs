using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>The fetched configurations, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class ConfigurationTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<ConfigurationSnapshot> ConfigurationSnapshots => db.Set<ConfigurationSnapshot>();
    }
}
