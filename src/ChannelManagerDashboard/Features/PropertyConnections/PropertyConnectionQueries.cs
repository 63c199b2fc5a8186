using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyConnections;

public static class PropertyConnectionQueries
{
    /// <summary>The connections picked in P4 for the project's current environment, in the order they were picked.</summary>
    public static IQueryable<PropertyConnection> ChosenFor(this IQueryable<PropertyConnection> connections, CertificationProject project) =>
        connections.Where(c => c.ProjectId == project.Id && c.Environment == project.Environment && c.RemovedAt == null).OrderBy(c => c.Id);

    /// <summary>The connections picked for the project's current environment, for another feature's operation.</summary>
    public static async Task<IReadOnlyList<PropertyConnection>> ChosenConnectionsAsync(this DashboardDbContext db, CertificationProject project) =>
        await db.PropertyConnections.AsNoTracking().ChosenFor(project).ToListAsync();

    /// <summary>Only the ids: no token leaves the database for a count.</summary>
    public static async Task<IReadOnlyList<int>> ChosenConnectionIdsAsync(this DashboardDbContext db, CertificationProject project) =>
        await db.PropertyConnections.ChosenFor(project).Select(c => c.Id).ToListAsync();

    public static Task<bool> IsChosenAsync(this DashboardDbContext db, CertificationProject project, int connectionId) =>
        db.PropertyConnections.ChosenFor(project).AnyAsync(c => c.Id == connectionId);

    /// <summary>The project's client token for <paramref name="environment"/>, still encrypted; null when none is saved.</summary>
    public static Task<string?> ProtectedClientTokenAsync(this DashboardDbContext db, int projectId, MewsEnvironment environment) =>
        db.ClientCredentials.AsNoTracking().Where(c => c.ProjectId == projectId && c.Environment == environment)
            .Select(c => c.ProtectedClientToken).FirstOrDefaultAsync();

    /// <summary>The connections <paramref name="ids"/> by id, removed ones included.</summary>
    public static async Task<Dictionary<int, PropertyConnection>> ConnectionsByIdAsync(this DashboardDbContext db, IReadOnlyCollection<int> ids) =>
        await db.PropertyConnections.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);

    /// <summary>Every stored client token and connection, tracked, so their tokens can be encrypted again and saved.</summary>
    public static async Task<(List<ClientCredential> Credentials, List<PropertyConnection> Connections)> EveryTokenHolderAsync(this DashboardDbContext db) =>
        (await db.ClientCredentials.ToListAsync(), await db.PropertyConnections.ToListAsync());
}
