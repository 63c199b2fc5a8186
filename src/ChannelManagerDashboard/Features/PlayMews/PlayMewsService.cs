using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Loads the Play Mews view and runs the harness for a project's connection; <see cref="HarnessRunStore"/> keeps each run and moves the tracker along.</summary>
public sealed class PlayMewsService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MappingService mappings,
    TestTrackerService tracker,
    HarnessScopes scopes,
    HarnessRunner runner,
    HarnessRunStore store,
    ILogger<PlayMewsService> log)
{
    public async Task<PlayMewsView?> LoadAsync(int projectId, int? connectionId)
    {
        var mapping = await mappings.LoadAsync(projectId, connectionId);
        if (mapping is null)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var runs = await db.SummariesOfAsync(projectId, null);
        var latest = runs.GroupBy(r => r.TestId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!);
        var combinations = mapping.Profile is { } profile ? HarnessScope.MappedIn(profile, mapping.State) : [];
        var confirmed = (await tracker.ListAsync(projectId)).Where(r => r.IsFinal).Select(r => r.Test.Id).ToHashSet();
        return new PlayMewsView(mapping.Project, mapping.Connections, mapping.Connection, combinations, mapping.Problem, latest,
            await LastSamplesAsync(db, projectId, latest), await EvidenceRetention.KeptAsync(db, projectId), confirmed);
    }

    /// <param name="inactiveConnectionToken">ERR-05's token; empty means the simulator's deactivated connection, or a random one.</param>
    /// <returns>Each test's result, in the order asked; warnings for what could not be kept.</returns>
    public async Task<Result<IReadOnlyList<HarnessVerdict>>> RunAsync(int projectId, int connectionId, IReadOnlyList<string> testIds, Secret inactiveConnectionToken, string who,
        IProgress<HarnessProgress>? progress, CancellationToken cancellation)
    {
        var mapping = await mappings.LoadAsync(projectId, connectionId);
        if (mapping is null)
            return Result.ProjectMissing(projectId).As<IReadOnlyList<HarnessVerdict>>();
        if (mapping.Profile is not { } profile || mapping.Connection?.Id != connectionId)
            return Result.Invalid(Result.Whole, mapping.Problem ?? "That connection is no longer picked in P4. Reload the page.").As<IReadOnlyList<HarnessVerdict>>();
        var built = await scopes.ForAsync(projectId, connectionId, mapping, profile, inactiveConnectionToken);
        if (built.Value is not { } scope)
            return built.As<IReadOnlyList<HarnessVerdict>>();
        var results = new List<HarnessVerdict>();
        var warnings = new List<string>();
        // Every line the run writes, the HTTP client's included, carries the project, the run and the test.
        using var runScope = log.BeginScope(new Dictionary<string, object> { ["ProjectId"] = projectId, ["RunId"] = HarnessRunStore.RunId() });
        log.LogInformation("Play Mews run in project {ProjectId} started by {Who}; tests to run: {TestCount}", projectId, who, testIds.Count);
        foreach (var testId in testIds)
        {
            using var testScope = log.BeginScope(new Dictionary<string, object> { ["TestId"] = testId });
            // Off the circuit's thread: a full push is built and serialized on the thread pool, not one render loop.
            var result = await Task.Run(() => runner.RunAsync(testId, mapping.Project.Endpoints, scope, progress, cancellation), cancellation);
            warnings.AddRange((await store.KeepAsync(projectId, connectionId, result, who)).Warnings);
            results.Add(result);
        }
        return Result.Of<IReadOnlyList<HarnessVerdict>>(results) with { Warnings = warnings };
    }

    public async Task<IReadOnlyList<HarnessRunSummary>> HistoryAsync(int projectId, string testId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.SummariesOfAsync(projectId, [testId]);
    }

    /// <returns>The run's full result, or null when it does not exist in this project or cannot be read.</returns>
    public async Task<HarnessVerdict?> VerdictAsync(int projectId, int runId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var stored = await db.HarnessRuns.AsNoTracking().Where(r => r.Id == runId && r.ProjectId == projectId).Select(r => r.VerdictGzip).FirstOrDefaultAsync();
        return stored is null ? null : HarnessVerdictJson.Decompress(stored);
    }

    /// <summary>A stored run in the certify command's JSON format, named for a download.</summary>
    /// <returns>Null when the run does not exist in this project or cannot be read.</returns>
    public async Task<(string Json, string FileName)?> ReportAsync(int projectId, int runId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var stored = await (from r in db.HarnessRuns.AsNoTracking()
                            join p in db.Projects on r.ProjectId equals p.Id
                            where r.Id == runId && r.ProjectId == projectId
                            select new { r.VerdictGzip, p.EndpointBaseUrl }).FirstOrDefaultAsync();
        if (stored is null || HarnessVerdictJson.Decompress(stored.VerdictGzip) is not { } result)
            return null;
        var fileName = $"play-mews-{result.TestId}-run-{runId}-{result.StartedAt.UtcDateTime:yyyyMMdd-HHmm}.json";
        return (CertifyReports.Json(CmBaseOf(stored.EndpointBaseUrl, result), [result]), fileName);
    }

    /// <summary>The project's P2 base URL, or the one its messages went to when P2 lists URLs one by one.</summary>
    private static string? CmBaseOf(string projectBase, HarnessVerdict result)
    {
        if (projectBase.Trim().TrimEnd('/') is { Length: > 0 } given)
            return given;
        var sent = result.Evidence.Select(e => e.Url).FirstOrDefault(u => u.Length > 0);
        var operation = CmEndpoints.Operations.Select(o => "/" + o.Path).FirstOrDefault(path => sent?.EndsWith(path, StringComparison.Ordinal) == true);
        return sent is null ? null : operation is null ? sent : sent[..^operation.Length];
    }

    /// <summary>The last ERR-01 samples, so the form opens with what was typed last time.</summary>
    private static async Task<IReadOnlyList<SystemErrorSample>> LastSamplesAsync(DashboardDbContext db, int projectId, IReadOnlyDictionary<string, HarnessRunSummary> latest)
    {
        var stored = latest.TryGetValue(SystemErrorSheet.TestId, out var run)
            ? await db.HarnessRuns.AsNoTracking().Where(r => r.Id == run.Id).Select(r => r.VerdictGzip).FirstOrDefaultAsync()
            : null;
        var samples = stored is null ? null : HarnessVerdictJson.Decompress(stored)?.Evidence.Select(e => new SystemErrorSample(e.Label, e.ResponseBody)).ToList();
        return SystemErrorSheet.RequiredSituations.Select(s => samples?.FirstOrDefault(x => x.Situation == s) ?? new SystemErrorSample(s, "")).ToList();
    }
}
