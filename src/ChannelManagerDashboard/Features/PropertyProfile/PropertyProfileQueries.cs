using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>The fetched configurations as other features read them, within their own operation's context.</summary>
public static class PropertyProfileQueries
{
    /// <summary>The connection's newest snapshot, or null before its first fetch.</summary>
    public static Task<PropertyProfileSnapshot?> LatestSnapshotAsync(this DashboardDbContext db, int connectionId) =>
        LatestOf(db, connectionId).AsNoTracking().FirstOrDefaultAsync();

    /// <summary>The newest configuration's JSON of the connection, or null before its first fetch.</summary>
    public static Task<string?> LatestProfileJsonAsync(this DashboardDbContext db, int connectionId) =>
        LatestOf(db, connectionId).Select(s => s.ProfileJson).FirstOrDefaultAsync();

    /// <summary>The configuration's JSON of one snapshot, or null when it no longer exists.</summary>
    public static Task<string?> SnapshotJsonAsync(this DashboardDbContext db, int snapshotId) =>
        db.PropertyProfileSnapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.ProfileJson).FirstOrDefaultAsync();

    /// <summary>Ids follow fetch order: a query of at most one.</summary>
    private static IQueryable<PropertyProfileSnapshot> LatestOf(DashboardDbContext db, int connectionId) =>
        db.PropertyProfileSnapshots.Where(s => s.ConnectionId == connectionId).OrderByDescending(s => s.Id).Take(1);

    /// <summary>The channels' JSON of one snapshot, or null when it no longer exists.</summary>
    public static Task<string?> SnapshotChannelsJsonAsync(this DashboardDbContext db, int snapshotId) =>
        db.PropertyProfileSnapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.ChannelsJson).FirstOrDefaultAsync();

    /// <summary>How many of <paramref name="connectionIds"/> have a fetched configuration.</summary>
    public static Task<int> CountWithSnapshotAsync(this DashboardDbContext db, IReadOnlyCollection<int> connectionIds) =>
        db.PropertyProfileSnapshots.Where(s => connectionIds.Contains(s.ConnectionId)).Select(s => s.ConnectionId).Distinct().CountAsync();
}
