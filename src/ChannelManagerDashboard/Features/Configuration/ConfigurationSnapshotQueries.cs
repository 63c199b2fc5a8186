using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>The fetched configurations as other features read them, within their own operation's context.</summary>
public static class ConfigurationSnapshotQueries
{
    /// <summary>The connection's newest snapshot, or null before its first fetch.</summary>
    public static Task<ConfigurationSnapshot?> LatestSnapshotAsync(this DashboardDbContext db, int connectionId) =>
        LatestOf(db, connectionId).AsNoTracking().FirstOrDefaultAsync();

    /// <summary>The newest configuration's JSON of the connection, or null before its first fetch.</summary>
    public static Task<string?> LatestConfigurationJsonAsync(this DashboardDbContext db, int connectionId) =>
        LatestOf(db, connectionId).Select(s => s.ConfigurationJson).FirstOrDefaultAsync();

    /// <summary>The configuration's JSON of one snapshot, or null when it no longer exists.</summary>
    public static Task<string?> SnapshotJsonAsync(this DashboardDbContext db, int snapshotId) =>
        db.ConfigurationSnapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.ConfigurationJson).FirstOrDefaultAsync();

    /// <summary>Ids follow fetch order: a query of at most one.</summary>
    private static IQueryable<ConfigurationSnapshot> LatestOf(DashboardDbContext db, int connectionId) =>
        db.ConfigurationSnapshots.Where(s => s.ConnectionId == connectionId).OrderByDescending(s => s.Id).Take(1);

    /// <summary>The channels' JSON of one snapshot, or null when it no longer exists.</summary>
    public static Task<string?> SnapshotChannelsJsonAsync(this DashboardDbContext db, int snapshotId) =>
        db.ConfigurationSnapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.ChannelsJson).FirstOrDefaultAsync();

    /// <summary>How many of <paramref name="connectionIds"/> have a fetched configuration.</summary>
    public static Task<int> CountWithSnapshotAsync(this DashboardDbContext db, IReadOnlyCollection<int> connectionIds) =>
        db.ConfigurationSnapshots.Where(s => connectionIds.Contains(s.ConnectionId)).Select(s => s.ConnectionId).Distinct().CountAsync();
}
