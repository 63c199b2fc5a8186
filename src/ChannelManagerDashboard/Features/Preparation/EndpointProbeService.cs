using System.Text.Json;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>One endpoint's probe as the P2 panel lists it.</summary>
/// <param name="Answer">Ok when the endpoint answered right; otherwise what came back and what is wrong with it.</param>
public sealed record ProbeOutcome(string Label, string Url, Result Answer, DateTimeOffset ProbedAt);

/// <summary>
/// P2's automatic check: posts a harmless message to each endpoint URL (tokens no channel manager knows, nothing to
/// store) and keeps whether a valid simple or error response came back. P2 ticks itself once every required one did.
/// </summary>
public sealed class EndpointProbeService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    CmRequestSender sender,
    HarnessSettings settings,
    PreparationService preparation,
    TimeProvider clock,
    ILogger<EndpointProbeService> log)
{
    /// <summary>The probe's client token: recognisable in a channel manager's log, and no token Mews ever issues.</summary>
    public const string ProbeClientToken = "CHANNEL-MANAGER-DASHBOARD-PROBE";

    public async Task<Result<IReadOnlyList<ProbeOutcome>>> ProbeAsync(int projectId, string who, CancellationToken cancellation)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellation);
        if (project is null)
            return Result.ProjectMissing(projectId).As<IReadOnlyList<ProbeOutcome>>();
        var targets = Targets(project.Endpoints).Where(t => t.Probeable).ToList();
        if (targets.Count == 0)
            return Result.Invalid("P2", "Enter valid endpoint URLs first; there is nothing to probe.").As<IReadOnlyList<ProbeOutcome>>();

        var stored = await db.EndpointProbes.Where(p => p.ProjectId == projectId).ToDictionaryAsync(p => p.Operation, cancellation);
        var outcomes = new List<ProbeOutcome>();
        foreach (var (operation, label, url, _) in targets)
        {
            var answer = await sender.PostAsync(new Uri(url), Body(operation), settings.Limits, cancellation);
            var judged = ProbeJudge.Judge(answer, settings.Limits, operation, url);
            var problem = judged.Succeeded ? "" : judged.Message;
            if (!stored.TryGetValue(operation, out var probe))
            {
                probe = new EndpointProbe { ProjectId = projectId, Operation = operation };
                db.EndpointProbes.Add(probe);
            }
            (probe.Url, probe.Answered, probe.Problem, probe.ProbedBy, probe.ProbedAt) = (url, judged.Succeeded, TextCut.Shorten(problem, 2000), who, clock.GetUtcNow());
            outcomes.Add(new ProbeOutcome(label, url, judged.Succeeded ? Result.Ok() : Result.Invalid(operation, probe.Problem), probe.ProbedAt));
            log.LogInformation("Probed {Operation} of project {ProjectId}: {Outcome}", operation, projectId, probe.Answered ? "valid answer" : "no valid answer");
        }
        if (await db.TrySaveAsync(log, $"the endpoint probes of project {projectId}", who) is { Succeeded: false } failure)
            return failure.As<IReadOnlyList<ProbeOutcome>>();
        return Result.Of<IReadOnlyList<ProbeOutcome>>(outcomes).Including(await preparation.SyncAutomaticStepsAsync(projectId, who));
    }

    /// <summary>Every endpoint with a URL; only a valid URL is probed, an invalid one waits for its fix.</summary>
    public static IEnumerable<(string Operation, string Label, string Url, bool Probeable)> Targets(CmEndpoints endpoints) =>
        CmEndpoints.Operations.Zip(endpoints.Describe(), (o, e) => (o.Path, e.Label, e.Url, EndpointUrlRule.Check(e.Url, e.Required) is null))
            .Where(t => t.Url.Length > 0);

    /// <summary>A message of the operation's shape that no channel manager can act on: unknown tokens, nothing in it.</summary>
    private static byte[] Body(string operation)
    {
        var body = new Dictionary<string, object>
        {
            ["clientToken"] = ProbeClientToken,
            ["connectionToken"] = HarnessScope.UnknowableToken().Reveal(),
        };
        if (operation == CmOperation.ChangeNotification)
            body["type"] = 1;
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }
}
