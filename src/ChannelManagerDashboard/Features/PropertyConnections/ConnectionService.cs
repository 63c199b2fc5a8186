using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Common;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>P4: the client token and employee email per environment, Get properties, and the connections the project uses.</summary>
public sealed class ConnectionService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MewsApiClient mews,
    TokenProtector protector,
    PreparationService preparation,
    TimeProvider clock,
    ILogger<ConnectionService> log)
{
    public async Task<ConnectionsView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var credential = await db.ClientCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == project.Environment);
        var chosen = await db.PropertyConnections.AsNoTracking().ChosenFor(project)
            .Select(c => new
            {
                Connection = c,
                Fetches = db.ConfigurationSnapshots.Where(s => s.ConnectionId == c.Id).Select(s => s.FetchedAt).ToList(),
            })
            .ToListAsync();
        return new ConnectionsView(project, credential?.ClientTokenHint ?? "", credential?.EmployeeEmail ?? "",
            credential?.UpdatedBy ?? "", credential?.UpdatedAt,
            chosen.Select(c => new ChosenConnection(c.Connection.Id, c.Connection.PropertyId, c.Connection.PropertyName, c.Connection.ConnectionName,
                    c.Connection.TokenHint, c.Connection.ChosenBy, c.Connection.ChosenAt, c.Fetches.Count > 0 ? c.Fetches.Max() : null, c.Fetches.Count))
                .OrderBy(c => c.PropertyName).ThenBy(c => c.ConnectionName).ToList());
    }

    /// <summary>
    /// Saves what was entered (a blank token keeps the saved one), then calls Get properties. The entries are saved
    /// even when Mews refuses them, so nothing typed is lost and the message can point at what to fix.
    /// </summary>
    public async Task<PropertiesFetch> FetchPropertiesAsync(int projectId, string typedClientToken, string email, string who, CancellationToken cancellation = default)
    {
        email = email.Trim();
        typedClientToken = typedClientToken.Trim();
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellation);
        if (project is null)
            return PropertiesFetch.Failed(SaveResult.ProjectMissingMessage(projectId));
        var credential = await db.ClientCredentials.FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == project.Environment, cancellation);
        if (credential is null && typedClientToken.Length == 0)
            return PropertiesFetch.Failed($"Enter the client token Mews issued for {project.Environment}.");

        if (credential is null)
        {
            credential = new ClientCredential { ProjectId = projectId, Environment = project.Environment };
            db.ClientCredentials.Add(credential);
        }
        if (typedClientToken.Length > 0)
        {
            credential.ProtectedClientToken = protector.Protect(typedClientToken);
            credential.ClientTokenHint = TokenMask.Mask(typedClientToken);
        }
        credential.EmployeeEmail = email;
        credential.UpdatedBy = who;
        credential.UpdatedAt = clock.GetUtcNow();
        if (await db.TrySaveAsync(log, $"the Mews credentials of project {projectId}") is { } failure)
            return PropertiesFetch.Failed(string.Join(" ", failure.Errors.Values));

        if (email.Length == 0 || !email.Contains('@'))
            return PropertiesFetch.Failed("Enter the email of a property employee in Mews (for example the one Mews gave with the test property). Your client token is saved.");
        var clientToken = typedClientToken.Length > 0 ? typedClientToken : protector.Unprotect(credential.ProtectedClientToken);
        if (clientToken is null)
            return PropertiesFetch.Failed(UnreadableToken("client token"));

        var result = await mews.GetPropertiesAsync(project.Environment, clientToken, email, cancellation);
        if (result.Value is not { } response)
            return PropertiesFetch.Failed(result.Failure!.Message);

        var chosen = await ChosenFingerprintsAsync(db, project, cancellation);
        var properties = response.Properties ?? [];
        var offered = properties
            .SelectMany(p => (p.Connections ?? []).Select(c => new OfferedConnection(
                project.Environment, p.Id, p.Name ?? p.Id, c.Name ?? "", c.Token, chosen.Contains(TokenProtector.Fingerprint(c.Token)))))
            .ToList();
        var without = properties.Where(p => p.Connections is not { Count: > 0 }).Select(p => p.Name ?? p.Id).ToList();
        log.LogInformation("Get properties for project {ProjectId} on {Environment}: {PropertyCount} properties, {ConnectionCount} connections",
            projectId, project.Environment, properties.Count, offered.Count);
        return offered.Count == 0
            ? new PropertiesFetch("Get properties succeeded, but no property is connected to your channel manager yet. " +
                "Ask Mews (or the property) to connect the test property to your channel manager, then fetch again.", [], without)
            : new PropertiesFetch(null, offered, without);
    }

    /// <summary>Makes <paramref name="picked"/> the project's connections for its environment; those not picked stop being used.</summary>
    public async Task<SaveResult> UseConnectionsAsync(int projectId, IReadOnlyList<OfferedConnection> picked, string who)
    {
        if (picked.Count == 0)
            return SaveResult.Invalid("Connections", "Pick at least one connection for this project.");
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return SaveResult.ProjectMissing(projectId, "Connections");
        if (picked.FirstOrDefault(c => c.Environment != project.Environment) is { } stale)
            return SaveResult.Invalid("Connections", $"These connections came from Mews {stale.Environment}, but the project now uses " +
                $"Mews {project.Environment}. Run Get properties again.");
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
        if (await db.TrySaveAsync(log, $"the connections of project {projectId}") is { } failure)
            return failure;
        log.LogInformation("Project {ProjectId} uses {Count} connection(s) on {Environment}", projectId, pickedByFingerprint.Count, project.Environment);
        return await preparation.SyncAutomaticStepsAsync(projectId, who);
    }

    public async Task<SaveResult> RemoveAsync(int projectId, int connectionId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = await db.PropertyConnections.FirstOrDefaultAsync(c => c.Id == connectionId && c.ProjectId == projectId);
        if (connection is null)
            return SaveResult.Invalid("Connections", "That connection is no longer in this project. Reload the page.");
        connection.RemovedAt = clock.GetUtcNow();
        if (await db.TrySaveAsync(log, $"connection {connectionId} of project {projectId}") is { } failure)
            return failure;
        return await preparation.SyncAutomaticStepsAsync(projectId, who);
    }

    /// <summary>The decrypted tokens a call for <paramref name="connectionId"/> needs, or why they are not available.</summary>
    public async Task<(ConnectionTokens? Tokens, string? Problem)> TokensForAsync(int projectId, int connectionId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = await db.PropertyConnections.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == connectionId && c.ProjectId == projectId && c.RemovedAt == null);
        if (connection is null)
            return (null, "This project no longer uses that connection. Reload the page, or pick it again in P4.");
        var credential = await db.ClientCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == connection.Environment);
        if (credential is null)
            return (null, $"No client token is saved for {connection.Environment}. Enter it in P4.");
        var clientToken = protector.Unprotect(credential.ProtectedClientToken);
        var connectionToken = protector.Unprotect(connection.ProtectedToken);
        if (clientToken is null || connectionToken is null)
            return (null, UnreadableToken(clientToken is null ? "client token" : "connection token"));
        return (new ConnectionTokens(connection.Environment, clientToken, connectionToken), null);
    }

    private static async Task<HashSet<string>> ChosenFingerprintsAsync(DashboardDbContext db, CertificationProject project, CancellationToken cancellation) =>
        (await db.PropertyConnections.ChosenFor(project)
            .Select(c => c.TokenFingerprint)
            .ToListAsync(cancellation)).ToHashSet();

    private static string UnreadableToken(string what) =>
        $"The saved {what} cannot be decrypted: the keys in the data folder's 'keys' folder were lost or replaced. " +
        "Enter the client token again in P4, run Get properties and pick the connection again.";
}

/// <summary>What a call for one connection needs. Lives in memory only.</summary>
public sealed record ConnectionTokens(MewsEnvironment Environment, string ClientToken, string ConnectionToken);
