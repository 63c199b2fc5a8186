using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>The picked connections and client tokens, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class PropertyConnectionsTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<ClientCredential> ClientCredentials => db.Set<ClientCredential>();
        public DbSet<PropertyConnection> PropertyConnections => db.Set<PropertyConnection>();
    }
}
