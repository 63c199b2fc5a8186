using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>P4: what the step shows, the connections the project uses, and the tokens a call for one of them needs.</summary>
public sealed class ConnectionService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TokenProtector protector,
    ProjectEvents events,
    TimeProvider clock,
    ILogger<ConnectionService> log)
{
    public const string ClientTokenField = "ClientToken";
    public const string EmailField = "Email";
    public const string ConnectionsField = "Connections";

    public async Task<ConnectionsView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var credential = await db.ClientCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == project.Environment);
        var chosen = await db.PropertyConnections.AsNoTracking().ChosenFor(project).ToListAsync();
        return new ConnectionsView(project, credential?.ClientTokenHint ?? "", credential?.VerifiedAt,
            credential is { RefusedAt: { } refusedAt } ? new RefusedToken(credential.RefusedClientTokenHint, refusedAt, credential.RefusedBecause) : null,
            credential?.EmployeeEmail ?? "", credential?.UpdatedBy ?? "", credential?.UpdatedAt,
            chosen.Select(c => new ChosenConnection(c.Id, c.PropertyId, c.PropertyName, c.ConnectionName, c.TokenHint, c.ChosenBy, c.ChosenAt))
                .OrderBy(c => c.PropertyName).ThenBy(c => c.ConnectionName).ToList());
    }

    /// <summary>Makes <paramref name="picked"/> the project's connections for its environment; those not picked stop being used.</summary>
    public async Task<Result> UseConnectionsAsync(int projectId, IReadOnlyList<OfferedConnection> picked, string who)
    {
        if (picked.Count == 0)
            return Result.Invalid(ConnectionsField, "Pick at least one connection for this project.");
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return Result.ProjectMissing(projectId, ConnectionsField);
        if (picked.FirstOrDefault(c => c.Environment != project.Environment) is { } stale)
            return Result.Invalid(ConnectionsField, $"These connections came from the {stale.Environment.Label()}, but the project now uses " +
                $"{project.Environment.Label()}. Run Get properties again.");
        var existing = await db.PropertyConnections.Where(c => c.ProjectId == projectId && c.Environment == project.Environment).ToListAsync();
        var now = clock.GetUtcNow();
        var pickedByFingerprint = picked.GroupBy(c => TokenProtector.Fingerprint(c.Token)).ToDictionary(g => g.Key, g => g.First());
        foreach (var connection in existing.Where(c => c.RemovedAt is null && !pickedByFingerprint.ContainsKey(c.TokenFingerprint)))
            connection.RemovedAt = now;
        foreach (var (fingerprint, offer) in pickedByFingerprint)
        {
            var connection = existing.FirstOrDefault(c => c.TokenFingerprint == fingerprint);
            if (connection is null)
            {
                connection = new PropertyConnection { ProjectId = projectId, Environment = project.Environment, TokenFingerprint = fingerprint };
                db.PropertyConnections.Add(connection);
            }
            else if (connection.RemovedAt is null)
                continue;
            connection.PropertyId = offer.PropertyId;
            connection.PropertyName = offer.PropertyName;
            connection.ConnectionName = offer.ConnectionName;
            connection.ProtectedToken = protector.Protect(offer.Token);
            connection.TokenHint = offer.TokenHint;
            connection.ChosenBy = who;
            connection.ChosenAt = now;
            connection.RemovedAt = null;
        }
        if (await db.TrySaveAsync(log, $"the connections of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        log.LogInformation("Project {ProjectId} on {Environment} uses connections: {Count}", projectId, project.Environment, pickedByFingerprint.Count);
        return Result.Ok().Including(await events.PublishAsync(new ConnectionsChanged(projectId, who)));
    }

    public async Task<Result> RemoveAsync(int projectId, int connectionId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = await db.PropertyConnections.FirstOrDefaultAsync(c => c.Id == connectionId && c.ProjectId == projectId);
        if (connection is null)
            return Result.Missing(ConnectionsField, "That connection is no longer in this project. Reload the page.");
        connection.RemovedAt = clock.GetUtcNow();
        if (await db.TrySaveAsync(log, $"connection {connectionId} of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        return Result.Ok().Including(await events.PublishAsync(new ConnectionsChanged(projectId, who)));
    }

    /// <summary>The decrypted tokens a call for <paramref name="connectionId"/> needs, or why they are not available.</summary>
    public async Task<Result<ConnectionTokens>> TokensForAsync(int projectId, int connectionId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = await db.PropertyConnections.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == connectionId && c.ProjectId == projectId && c.RemovedAt == null);
        if (connection is null)
            return Result.Missing(ConnectionsField, "This project no longer uses that connection. Reload the page, or pick it again in P4.").As<ConnectionTokens>();
        var credential = await db.ClientCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == connection.Environment);
        if (credential is null)
            return Result.Invalid(ClientTokenField, $"No client token is saved for the {connection.Environment.Label()}. Enter it in P4.").As<ConnectionTokens>();
        var clientToken = protector.Unprotect(credential.ProtectedClientToken);
        var connectionToken = protector.Unprotect(connection.ProtectedToken);
        if (clientToken is null || connectionToken is null)
            return Result.Failed(ClientTokenField, UnreadableToken(clientToken is null ? "client token" : "connection token")).As<ConnectionTokens>();
        return Result.Of(new ConnectionTokens(connection.Environment, clientToken, connectionToken));
    }

    /// <summary>Why a saved token cannot be used, and how to get a working one again.</summary>
    internal static string UnreadableToken(string what) =>
        $"The saved {what} cannot be decrypted: the keys in the data folder's 'keys' folder were lost or replaced. " +
        "Enter the client token again in P4, run Get properties and pick the connection again.";
}

/// <summary>What a call for one connection needs. Lives in memory only.</summary>
public sealed record ConnectionTokens(MewsEnvironment Environment, Secret ClientToken, Secret ConnectionToken);
