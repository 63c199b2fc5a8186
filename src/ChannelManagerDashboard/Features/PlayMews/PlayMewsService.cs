using System.Globalization;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Runs the harness for a project's connection, keeps every run's evidence and moves the tracker along.</summary>
public sealed class PlayMewsService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MappingService mappings,
    ConnectionService connections,
    TestTrackerService tracker,
    HarnessRunner runner,
    HarnessSettings settings,
    MewsBaseUrls baseUrls,
    SimulatorSeed simulator,
    ConfirmationInbox confirmations,
    TimeProvider clock,
    ILogger<PlayMewsService> log)
{
    public async Task<PlayMewsView?> LoadAsync(int projectId, int? connectionId)
    {
        var mapping = await mappings.LoadAsync(projectId, connectionId);
        if (mapping is null)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var runs = await Summaries(db, projectId, null).ToListAsync();
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
        var found = await connections.TokensForAsync(projectId, connectionId);
        if (found.Value is not { } tokens)
            return found.As<IReadOnlyList<HarnessVerdict>>();
        var address = baseUrls.BaseUrl(mapping.Project.Environment);
        if (address.Value is not { } mewsBase)
            return address.As<IReadOnlyList<HarnessVerdict>>();

        var scope = new HarnessScope(profile, HarnessScope.MappedIn(profile, mapping.State), tokens.ClientToken, tokens.ConnectionToken,
            InactiveToken(inactiveConnectionToken, mapping.Project.Environment), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), mewsBase.ToString(),
            baseUrls.IsThisApp(mapping.Project.Environment) ? confirmations : null);
        var results = new List<HarnessVerdict>();
        var warnings = new List<string>();
        // Every line the run writes, the HTTP client's included, carries the project, the run and the test.
        using var runScope = log.BeginScope(new Dictionary<string, object> { ["ProjectId"] = projectId, ["RunId"] = RunId() });
        log.LogInformation("Play Mews run in project {ProjectId} started by {Who}; tests to run: {TestCount}", projectId, who, testIds.Count);
        foreach (var testId in testIds)
        {
            using var testScope = log.BeginScope(new Dictionary<string, object> { ["TestId"] = testId });
            // Off the circuit's thread: a full push is built and serialized on the thread pool, not one render loop.
            var result = await Task.Run(() => runner.RunAsync(testId, mapping.Project.Endpoints, scope, progress, cancellation), cancellation);
            warnings.AddRange((await StoreAsync(projectId, connectionId, result, who)).Warnings);
            results.Add(result);
        }
        return Result.Of<IReadOnlyList<HarnessVerdict>>(results) with { Warnings = warnings };
    }

    /// <summary>Checks the ERR-01 samples and keeps them as a run; warnings say what could not be kept.</summary>
    public async Task<Result> CheckSystemErrorsAsync(int projectId, IReadOnlyList<SystemErrorSample> samples, string who)
    {
        using var scope = log.BeginScope(new Dictionary<string, object> { ["ProjectId"] = projectId, ["RunId"] = RunId(), ["TestId"] = SystemErrorSheet.TestId });
        return await StoreAsync(projectId, null, SystemErrorSheet.Check(samples, clock.GetUtcNow()), who);
    }

    /// <summary>Short enough to read in a log line, unique enough to tell a day's runs apart.</summary>
    private static string RunId() => Guid.NewGuid().ToString("N")[..12];

    public async Task<IReadOnlyList<HarnessRunSummary>> HistoryAsync(int projectId, string testId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await Summaries(db, projectId, testId).ToListAsync();
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

    private Secret InactiveToken(Secret typed, MewsEnvironment environment) =>
        !typed.IsEmpty ? typed
        : environment == MewsEnvironment.Simulator && simulator.Connections.FirstOrDefault(c => !c.Active) is { } inactive ? new Secret(inactive.Token)
        : HarnessScope.UnknowableToken();

    /// <summary>Keeps a result another feature judged (a reservation test) like a run of its own, and moves the tracker along.</summary>
    /// <param name="humanCheck">The half of the test a person checks after an automatic pass.</param>
    /// <param name="source">What ran it, as the tracker note starts ("Reservation test RES-01 (…)").</param>
    public Task<Result> KeepAsync(int projectId, int? connectionId, HarnessVerdict result, string who, string humanCheck, string source) =>
        StoreAsync(projectId, connectionId, result, who, humanCheck, source);

    /// <returns>Done, with a warning for each part (the run, the tracker) that could not be saved.</returns>
    private async Task<Result> StoreAsync(int projectId, int? connectionId, HarnessVerdict result, string who, string? humanCheck = null, string source = "Play Mews")
    {
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.HarnessRuns.Add(new HarnessRun
            {
                ProjectId = projectId,
                ConnectionId = connectionId,
                TestId = result.TestId,
                StartedAt = result.StartedAt,
                Passed = result.Passed,
                Blocked = result.Blocked is not null,
                Summary = TextCut.Shorten(result.Reasons.FirstOrDefault() ?? result.Facts.FirstOrDefault() ?? "", 4000),
                LatencyMs = result.LatencyMs,
                RequestBytes = result.RequestBytes,
                RunBy = who,
                VerdictGzip = HarnessVerdictJson.Compress(result),
            });
            if (await db.TrySaveAsync(log, $"the {result.TestId} run of project {projectId}", who) is { Succeeded: false } failure)
                return Result.Ok() with { Warnings = [$"The {result.TestId} run could not be kept: {failure.Message}"] };
            if (await EvidenceRetention.ApplyAsync(db, projectId, settings) is > 0 and var deleted)
                log.LogInformation("Deleted older Play Mews runs of project {ProjectId} past the retention limits: {Count}", projectId, deleted);
        }
        log.LogInformation("Play Mews {TestId} in project {ProjectId}: {Outcome} ({Pushes} pushes, {Bytes} bytes, {LatencyMs} ms)",
            result.TestId, projectId, result.Blocked is not null ? "blocked" : result.Passed ? "passed" : "failed", result.Evidence.Count, result.RequestBytes, result.LatencyMs);
        if (TestCatalog.Find(result.TestId) is null)
            return Result.Ok();
        var status = result.Blocked is not null ? TestStatus.Blocked : result.Passed ? TestStatus.Passed : TestStatus.Failed;
        var human = result.Passed ? humanCheck ?? HarnessTests.CheckAfter(result) : null;
        var recorded = await tracker.RecordAsync(projectId, result.TestId, status, TrackerNote(result, human, source), who, needsHumanCheck: human is not null, fromRun: true);
        return recorded.Succeeded ? Result.Ok() : Result.Ok() with { Warnings = [$"The test tracker was not updated for {result.TestId}: {recorded.Message}"] };
    }

    private static string TrackerNote(HarnessVerdict result, string? human, string source)
    {
        var when = result.StartedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        if (result.Blocked is { } blocked)
            return $"{source} {when}: could not run. {blocked}";
        if (!result.Passed)
            return TextCut.Shorten($"{source} {when}: failed. " + string.Join(" ", result.Reasons), 4000);
        var passed = result.Evidence.All(e => e.Url.Length == 0)
            ? $"{source} {when}: the automatic check passed ({Counted.Of(result.Evidence.Count, "sample")})."
            : $"{source} {when}: the automatic check passed ({Counted.Of(result.Evidence.Count, "message")}, {Elapsed.Format(result.LatencyMs)}).";
        return human is null ? passed : $"{passed} {HumanHalf.Marker}{human}";
    }

    /// <summary>Newest first; filtered before the projection, which SQL cannot filter on.</summary>
    private static IQueryable<HarnessRunSummary> Summaries(DashboardDbContext db, int projectId, string? testId) =>
        db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId && (testId == null || r.TestId == testId)).OrderByDescending(r => r.Id).AsSummaries();

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
