using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The Connector journeys, runs and their requests, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class ConnectorTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<ConnectorJourney> ConnectorJourneys => db.Set<ConnectorJourney>();
        public DbSet<ConnectorRun> ConnectorRuns => db.Set<ConnectorRun>();
        public DbSet<ConnectorRunRequest> ConnectorRequests => db.Set<ConnectorRunRequest>();
    }
}
