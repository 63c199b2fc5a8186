namespace ChannelManagerDashboard.Features.Configuration;

public static class ConfigurationSnapshotQueries
{
    /// <summary>The connection's newest snapshot (ids follow fetch order), as a query of at most one.</summary>
    public static IQueryable<ConfigurationSnapshot> LatestOf(this IQueryable<ConfigurationSnapshot> snapshots, int connectionId) =>
        snapshots.Where(s => s.ConnectionId == connectionId).OrderByDescending(s => s.Id).Take(1);
}
