using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>P4's Get properties: the client token and employee email per environment, and the connections Mews offers with them.</summary>
/// <param name="simulator">Gives a project on this app's simulator its own token for each connection in place of the public one.</param>
public sealed class PropertiesService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MewsApiClient mews,
    SimulatorConnections simulator,
    TokenProtector protector,
    TimeProvider clock,
    ILogger<PropertiesService> log)
{
    /// <summary>
    /// Calls Get properties with the typed client token, or the saved one when none is typed, and saves the entries
    /// so nothing typed is lost. A token Mews has accepted is never replaced by one it refuses: the refused one is kept
    /// beside it, marked refused, and the working one stays in use.
    /// </summary>
    public async Task<Result<PropertiesOffer>> FetchAsync(int projectId, Secret typedClientToken, string email, string who, CancellationToken cancellation = default)
    {
        email = email.Trim();
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellation);
        if (project is null)
            return Result.ProjectMissing(projectId).As<PropertiesOffer>();
        var credential = await db.ClientCredentials.FirstOrDefaultAsync(c => c.ProjectId == projectId && c.Environment == project.Environment, cancellation);
        if (credential is null && typedClientToken.IsEmpty)
            return Result.Invalid(ConnectionService.ClientTokenField, $"Enter the client token Mews issued for the {project.Environment.Label()}.").As<PropertiesOffer>();

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
            return Result.Invalid(ConnectionService.EmailField, "Enter the email of a property employee in Mews (for example the one Mews gave with the test property). Your client token is saved.").As<PropertiesOffer>();
        var clientToken = typedClientToken.IsEmpty ? saved : typedClientToken;
        if (clientToken is null)
            return Result.Failed(ConnectionService.ClientTokenField, ConnectionService.UnreadableToken("client token")).As<PropertiesOffer>();

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
}
