using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>P4: the client token and employee email per environment, Get properties, and the connections the project uses.</summary>
/// <param name="simulator">Gives a project on this app's simulator its own token for each connection in place of the public one.</param>
public sealed class ConnectionService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MewsApiClient mews,
    SimulatorConnections simulator,
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

    /// <summary>
    /// Calls Get properties with the typed client token, or the saved one when none is typed, and saves the entries
    /// so nothing typed is lost. A token Mews has accepted is never replaced by one it refuses: the refused one is kept
    /// beside it, marked refused, and the working one stays in use.
    /// </summary>
    public async Task<Result<PropertiesOffer>> FetchPropertiesAsync(int projectId, Secret typedClientToken, string email, string who, CancellationToken cancellation = default)
    {
        email = email.Trim();
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellation);
        if (project is null)
            return Result.ProjectMissing(projectId).As<PropertiesOffer>();
        var credential = await db.ClientCredentials.FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == project.Environment, cancellation);
        if (credential is null && typedClientToken.IsEmpty)
            return Result.Invalid(ClientTokenField, $"Enter the client token Mews issued for the {project.Environment.Label()}.").As<PropertiesOffer>();

        if (credential is null)
        {
            credential = new ClientCredential { ProjectId = projectId, Environment = project.Environment };
            db.ClientCredentials.Add(credential);
        }
        var saved = credential.ProtectedClientToken.Length > 0 ? protector.Unprotect(credential.ProtectedClientToken) : null;
        // A typed token only takes the place of one Mews has accepted once Mews accepts it too.
        var protectsWorking = !typedClientToken.IsEmpty && credential.VerifiedAt is not null && saved is not null && saved != typedClientToken;
        if (!typedClientToken.IsEmpty && !protectsWorking)
            UseToken(credential, typedClientToken, verifiedAt: null);
        credential.EmployeeEmail = email;
        Touch(credential, who);
        if (await db.TrySaveAsync(log, $"the Mews credentials of project {projectId}", who) is { Succeeded: false } failure)
            return failure.As<PropertiesOffer>();

        if (email.Length == 0 || !email.Contains('@'))
            return Result.Invalid(EmailField, "Enter the email of a property employee in Mews (for example the one Mews gave with the test property). Your client token is saved.").As<PropertiesOffer>();
        var clientToken = typedClientToken.IsEmpty ? saved : typedClientToken;
        if (clientToken is null)
            return Result.Failed(ClientTokenField, UnreadableToken("client token")).As<PropertiesOffer>();

        var result = await mews.GetPropertiesAsync(project.Environment, clientToken, email, cancellation);
        if (await RecordVerdictAsync(db, credential, clientToken, result.Failure(), protectsWorking, who) is { } kept)
            return result.As<PropertiesOffer>() with { Warnings = [kept] };
        if (result.Value is not { Value: var response })
            return result.As<PropertiesOffer>();

        var chosen = await ChosenFingerprintsAsync(db, project, cancellation);
        var properties = response.Properties ?? [];
        // The simulator's tokens are public: anyone could send bookings into this project's reservation tests with them.
        Secret TokenFor(string token) => new(mews.IsThisApp(project.Environment) ? simulator.ForProject(projectId, token) : token);
        var offered = properties
            .SelectMany(p => (p.Connections ?? []).Select(c => (Property: p, c.Name, Token: TokenFor(c.Token))))
            .Select(c => new OfferedConnection(project.Environment, c.Property.Id, c.Property.Name ?? c.Property.Id, c.Name ?? "", c.Token,
                chosen.Contains(TokenProtector.Fingerprint(c.Token))))
            .ToList();
        var without = properties.Where(p => p.Connections is not { Count: > 0 }).Select(p => p.Name ?? p.Id).ToList();
        log.LogInformation("Get properties for project {ProjectId} on {Environment}: {PropertyCount} properties, {ConnectionCount} connections",
            projectId, project.Environment, properties.Count, offered.Count);
        return offered.Count == 0
            ? Result.Failed(Result.Whole, "Get properties succeeded, but no property is connected to your channel manager yet. " +
                "Ask Mews (or the property) to connect the test property to your channel manager, then fetch again.").As<PropertiesOffer>()
                with
            { Value = new PropertiesOffer([], without) }
            : Result.Of(new PropertiesOffer(offered, without));
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

    /// <summary>Records whether Mews accepted <paramref name="tried"/>; a refused token is kept, marked refused, beside a working one.</summary>
    /// <returns>What the user should know about the token kept, or null.</returns>
    private async Task<string?> RecordVerdictAsync(DashboardDbContext db, ClientCredential credential, Secret tried, MewsFailure? failure, bool protectsWorking, string who)
    {
        var refused = failure is { Kind: MewsFailureKind.MewsError, ErrorCode: 8 };
        if (failure is not null && !refused)
            return protectsWorking
                ? $"The new client token was not saved: Mews could not be asked. The saved one ({credential.ClientTokenHint}) is kept; try again."
                : null;
        var kept = credential.ClientTokenHint;
        if (refused)
        {
            credential.RefusedClientToken = protector.Protect(tried);
            credential.RefusedClientTokenHint = tried.Mask;
            credential.RefusedAt = clock.GetUtcNow();
            credential.RefusedBecause = TextCut.Shorten(failure!.Summary, 1000);
            // The token in use no longer works (revoked, or never did): it is not shown as accepted any more.
            if (!protectsWorking)
                credential.VerifiedAt = null;
        }
        else
        {
            UseToken(credential, tried, clock.GetUtcNow());
            // A token Mews accepts answers an earlier refusal, whichever token that was: the refusal stops showing.
            (credential.RefusedClientToken, credential.RefusedClientTokenHint, credential.RefusedAt, credential.RefusedBecause) = ("", "", null, "");
        }
        Touch(credential, who);
        if (await db.TrySaveAsync(log, $"the Mews credentials of project {credential.ProjectId}", who) is { Succeeded: false } failed)
            return failed.Message;
        return refused && protectsWorking
            ? $"Mews refused the new client token {tried.Mask}. The saved one ({kept}), which Mews accepted before, is kept and still used; the refused one is kept too, marked refused."
            : null;
    }

    private void UseToken(ClientCredential credential, Secret token, DateTimeOffset? verifiedAt)
    {
        credential.ProtectedClientToken = protector.Protect(token);
        credential.ClientTokenHint = token.Mask;
        credential.VerifiedAt = verifiedAt;
    }

    private void Touch(ClientCredential credential, string who)
    {
        credential.UpdatedBy = who;
        credential.UpdatedAt = clock.GetUtcNow();
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
public sealed record ConnectionTokens(MewsEnvironment Environment, Secret ClientToken, Secret ConnectionToken);
