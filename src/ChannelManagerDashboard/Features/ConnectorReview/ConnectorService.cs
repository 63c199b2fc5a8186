using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Hosting.Outbound;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A Connector project's declaration, its runs and their reviews.</summary>
public sealed class ConnectorService(
    IDbContextFactory<DashboardDbContext> dbFactory, ConnectorCatalog catalog, ReviewCache cache, ProjectSignals signals, OutboundNetworkRule outbound,
    TimeProvider clock, ILogger<ConnectorService> log)
{
    public const int BatchSize = 1000;

    public ConnectorCatalog Catalog => catalog;

    public async Task<ConnectorView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var journey = await db.ConnectorJourneys.AsNoTracking().FirstOrDefaultAsync(j => j.ProjectId == projectId) ?? new ConnectorJourney { ProjectId = projectId };
        var runs = (await db.ConnectorRuns.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync()).OrderByDescending(r => r.Id).ToList();
        var newest = runs.FirstOrDefault(r => r.Reviewable);
        var review = newest is null ? null : await ReviewAsync(db, newest, journey);
        return new ConnectorView(project, journey, runs, ConnectorSteps.Evaluate(project, journey, runs, review), review);
    }

    public async Task<CertificationProject?> ProjectAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
    }

    public async Task<Result> SaveJourneyAsync(int projectId, JourneyInput input, string who)
    {
        var errors = input.Validate(catalog, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToDictionary();
        if (!errors.ContainsKey(nameof(JourneyInput.MewsAddress)) && await UpstreamRefusalAsync(input.MewsAddress.Trim()) is { } refused)
            errors[nameof(JourneyInput.MewsAddress)] = refused;
        if (errors.Count > 0)
            return Result.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId);
        var journey = await db.ConnectorJourneys.FirstOrDefaultAsync(j => j.ProjectId == projectId);
        if (journey is null)
            db.ConnectorJourneys.Add(journey = new ConnectorJourney { ProjectId = projectId });
        input.ApplyTo(journey, catalog);
        journey.UpdatedAt = clock.GetUtcNow();
        journey.UpdatedBy = who;
        if (await db.TrySaveAsync(log, $"the Connector journey of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        signals.Raise(projectId);
        return Result.Ok("Connector journey saved.");
    }

    /// <summary>The review of one run against the project's declaration, from the cache while neither changed.</summary>
    public async Task<(ConnectorRun Run, ReviewReport Report)?> ReviewAsync(int projectId, int runId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.ProjectId == projectId);
        if (run is not { Complete: true })
            return null;
        var journey = await db.ConnectorJourneys.AsNoTracking().FirstOrDefaultAsync(j => j.ProjectId == projectId) ?? new ConnectorJourney { ProjectId = projectId };
        return (run, await ReviewAsync(db, run, journey));
    }

    /// <summary>The review with the calls its findings and peaks name, for the page and the exports.</summary>
    public async Task<RunReview?> RunReviewAsync(int projectId, int runId)
    {
        if (await ReviewAsync(projectId, runId) is not { } found)
            return null;
        var (run, report) = found;
        var named = report.Checks.SelectMany(c => c.Findings).SelectMany(f => f.Calls)
            .Concat(report.Peaks.SelectMany(p => new[] { p.FirstCall, p.LastCall })).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).FirstAsync();
        var calls = new Dictionary<int, CallRef>();
        foreach (var chunk in named.Chunk(500))
        {
            var rows = await db.ConnectorCalls.AsNoTracking().Where(c => c.RunId == runId && chunk.Contains(c.Index))
                .Select(c => new { c.Index, c.TimeUtc, c.Path, c.Status }).ToListAsync();
            foreach (var call in rows)
                calls[call.Index] = new CallRef(call.Index, call.TimeUtc, ConnectorOperation.NameOf(call.Path), call.Status);
        }
        return new RunReview(run, report, calls, project, clock.GetUtcNow());
    }

    /// <returns>The call, and how many calls its run holds (for the next-call link); null and 0 when it is not there.</returns>
    public async Task<(ConnectorRunCall? Call, int RunCalls)> CallAsync(int projectId, int runId, int index)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.ProjectId == projectId);
        if (run is null)
            return (null, 0);
        return (await db.ConnectorCalls.AsNoTracking().FirstOrDefaultAsync(c => c.RunId == runId && c.Index == index), run.Calls);
    }

    /// <summary>A built-in 48-hour sample; an empty declaration takes the sample's, so the review has something to compare with.</summary>
    public async Task<Result<int>> AddSampleAsync(int projectId, SampleVersion version, string who)
    {
        var lines = SampleIntegration.JsonLines(version);
        var name = SampleVerdict.Name(version);
        var result = await ImportAsync(projectId, JsonLinesLog.Read(new StringReader(string.Join('\n', lines))), name, RunSource.Sample, who);
        if (!result.Succeeded)
            return result;
        await using var db = await dbFactory.CreateDbContextAsync();
        var journey = await db.ConnectorJourneys.FirstOrDefaultAsync(j => j.ProjectId == projectId);
        if (journey is not null && JourneyInput.Declared(journey).Count > 0)
            return result with { Notices = [.. result.Notices, "Your declaration was kept, so the sample is reviewed against it, not against the sample's own."] };
        if (journey is null)
            db.ConnectorJourneys.Add(journey = new ConnectorJourney { ProjectId = projectId, UpdatedAt = clock.GetUtcNow(), UpdatedBy = who });
        if (journey.UseCases.Length == 0)
            journey.UseCases = SampleIntegration.UseCase;
        journey.Operations = JsonSerializer.Serialize(SampleIntegration.Declared, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await db.TrySaveAsync(log, $"the sample declaration of project {projectId}", who);
        signals.Raise(projectId);
        return result with { Notices = [.. result.Notices, "The declaration was empty, so it now lists the sample's operations."] };
    }

    /// <summary>Checks an uploaded log without keeping it: how many calls, which lines are bad.</summary>
    public static (int Calls, int BadLines, IReadOnlyList<BadLine> First) Inspect(IEnumerable<LogEntry> log)
    {
        var (calls, bad) = (0, 0);
        var first = new List<BadLine>();
        foreach (var entry in log)
        {
            if (entry.Call is not null)
                calls++;
            else if (entry.Bad is { } line)
            {
                bad++;
                if (first.Count < ConnectorReviewer.MaxBadLinesShown)
                    first.Add(line);
            }
        }
        return (calls, bad, first);
    }

    /// <summary>
    /// Stores a log's calls as a new run, a batch at a time, each batch in its own short transaction so other saves
    /// never wait long; the run is marked complete only at the end, and removed if the import fails. Bad lines are
    /// left out and counted (<paramref name="leftOut"/>: ones a first reading already took out).
    /// </summary>
    public async Task<Result<int>> ImportAsync(int projectId, IEnumerable<LogEntry> entries, string name, RunSource source, string who, LeftOut? leftOut = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId).As<int>();
        var run = new ConnectorRun { ProjectId = projectId, Name = TextCut.Shorten(name.Trim().Length > 0 ? name.Trim() : "Imported run", 200), Source = source, CreatedAt = clock.GetUtcNow(), CreatedBy = who };
        db.ConnectorRuns.Add(run);
        if (await db.TrySaveAsync(log, "the new run", who) is { Succeeded: false } failure)
            return failure.As<int>();
        var first = new List<BadLine>(leftOut?.First ?? []);
        run.BadLines = leftOut?.Count ?? 0;
        try
        {
            var batch = 0;
            foreach (var entry in entries)
            {
                if (entry.Bad is { } line)
                {
                    run.BadLines++;
                    if (first.Count < ConnectorReviewer.MaxBadLinesShown)
                        first.Add(line);
                    continue;
                }
                var call = entry.Call!;
                db.ConnectorCalls.Add(ConnectorRunCall.From(run.Id, call with { Index = run.Calls }));
                run.Calls++;
                run.FirstCallUtc = run.FirstCallUtc is { } earliest && earliest <= call.TimeUtc ? earliest : call.TimeUtc;
                run.LastCallUtc = run.LastCallUtc is { } latest && latest >= call.TimeUtc ? latest : call.TimeUtc;
                if (++batch == BatchSize)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                    db.Attach(run);
                    batch = 0;
                }
            }
            if (run.Calls == 0)
            {
                await RemoveAsync(run.Id);
                return Result.Invalid(Result.Whole, first.FirstOrDefault() is { } bad
                    ? $"The file holds no call that can be read. {bad.Describe()}"
                    : "The file holds no call. Export the run's log as HAR 1.2, JSON Lines or CSV and try again.").As<int>();
            }
            run.FirstBadLines = JsonSerializer.Serialize(first);
            run.Complete = true;
            await db.SaveChangesAsync();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or IOException)
        {
            log.LogWarning("The import into project {ProjectId} stopped after {Calls} calls: {Reason}", projectId, run.Calls, ex.Message);
            await RemoveAsync(run.Id);
            return Result.Failed(Result.Whole, string.Create(CultureInfo.InvariantCulture, $"The import stopped after {run.Calls:N0} calls ({ex.Message}); nothing was kept. Try again.")).As<int>();
        }
        log.LogInformation("Added run {RunId} to project {ProjectId}: {Calls} calls, {BadLines} bad lines left out", run.Id, projectId, run.Calls, run.BadLines);
        signals.Raise(projectId);
        return Result.Of(run.Id, run.BadLines > 0
            ? $"{Counted.Of(run.Calls, "call")} imported; {Counted.Of(run.BadLines, "bad line")} left out."
            : $"{run.Calls} calls imported.");
    }

    /// <summary>Starts a proxy recording: a new run with the secret key the integration's Mews base address ends in.</summary>
    public async Task<Result<int>> StartRecordingAsync(int projectId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId).As<int>();
        if (await db.ConnectorRuns.AnyAsync(r => r.ProjectId == projectId && r.RecordingKey != null))
            return Result.Invalid(Result.Whole, "A recording is already running for this project; stop it first.").As<int>();
        var journey = await db.ConnectorJourneys.AsNoTracking().FirstOrDefaultAsync(j => j.ProjectId == projectId);
        var mews = journey?.MewsAddress ?? ConnectorJourney.DemoAddress;
        if (!JourneyInput.IsForwardable(mews, out var why))
            return Result.Invalid(nameof(JourneyInput.MewsAddress), why).As<int>();
        // The rule may have changed since the address was saved.
        if (await UpstreamRefusalAsync(mews) is { } refused)
            return Result.Invalid(nameof(JourneyInput.MewsAddress), refused).As<int>();
        var now = clock.GetUtcNow();
        var run = new ConnectorRun
        {
            ProjectId = projectId, Name = string.Create(CultureInfo.InvariantCulture, $"Proxy recording {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC"), Source = RunSource.Proxy, CreatedAt = now, CreatedBy = who,
            RecordingKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), Complete = true,
        };
        db.ConnectorRuns.Add(run);
        if (await db.TrySaveAsync(log, "the new recording", who) is { Succeeded: false } failure)
            return failure.As<int>();
        signals.Raise(projectId);
        return Result.Of(run.Id, "Recording. Point the integration's Mews base address at the proxy address shown.");
    }

    /// <summary>Why the proxy may not forward to <paramref name="address"/> under the outbound rule; null when it may.</summary>
    private async Task<string?> UpstreamRefusalAsync(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var url) && await outbound.RefusalAsync(url) is { } refused
            ? $"The proxy does not forward there. {refused}"
            : null;

    /// <summary>Stops forwarding, waits for the calls still being written, then closes the run.</summary>
    public async Task<Result> StopRecordingAsync(int projectId, int runId, Proxy.ProxyRecorder recorder, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.FirstOrDefaultAsync(r => r.Id == runId && r.ProjectId == projectId);
        if (run?.RecordingKey is not { } key)
            return Result.Unchanged("That recording has already stopped.");
        await recorder.StopAsync(key);
        await db.Entry(run).ReloadAsync();
        run.RecordingKey = null;
        if (await db.TrySaveAsync(log, $"run {runId}", who) is { Succeeded: false } failure)
            return failure;
        signals.Raise(projectId);
        return Result.Ok(string.Create(CultureInfo.InvariantCulture, $"Recording stopped: {run.Calls:N0} calls."));
    }

    public async Task<Result> DeleteRunAsync(int projectId, int runId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.FirstOrDefaultAsync(r => r.Id == runId && r.ProjectId == projectId);
        if (run is null)
            return Result.Missing(Result.Whole, "That run no longer exists.");
        if (run.RecordingKey is not null)
            return Result.Invalid(Result.Whole, "The proxy is still recording into this run; stop the recording first.");
        db.ConnectorRuns.Remove(run);
        if (await db.TrySaveAsync(log, $"run {runId}", who) is { Succeeded: false } failure)
            return failure;
        cache.Forget(runId);
        signals.Raise(projectId);
        return Result.Ok($"{run.Name} deleted.");
    }

    public static IReadOnlyList<BadLine> BadLinesOf(ConnectorRun run)
    {
        try
        {
            return JsonSerializer.Deserialize<List<BadLine>>(run.FirstBadLines) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private async Task RemoveAsync(int runId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.ConnectorRuns.Where(r => r.Id == runId).ExecuteDeleteAsync();
    }

    private async Task<ReviewReport> ReviewAsync(DashboardDbContext db, ConnectorRun run, ConnectorJourney journey)
    {
        var declared = DeclaredOf(journey);
        var key = new ReviewKey(run.Id, run.Calls, journey.UseCases + "|" + journey.Operations);
        if (cache.Find(key) is { } cached)
            return cached;
        var reviewer = new ConnectorReviewer(catalog, declared);
        await foreach (var call in db.ConnectorCalls.AsNoTracking().Where(c => c.RunId == run.Id).OrderBy(c => c.Index).AsAsyncEnumerable())
            reviewer.Add(call.ToCall());
        foreach (var bad in BadLinesOf(run))
            reviewer.Add(new LogEntry(null, bad));
        var report = reviewer.Finish() with { BadLines = run.BadLines };
        cache.Keep(key, report);
        return report;
    }

    /// <summary>The journey's declaration; a row the reference does not document counts with its purpose as the reason.</summary>
    private DeclaredWorkflow DeclaredOf(ConnectorJourney journey)
    {
        var rows = JourneyInput.Declared(journey);
        return new(
            [.. journey.UseCases.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(catalog.UseCase).OfType<ConnectorUseCase>()],
            [.. rows.Select(o => catalog.Find(o.Name)).OfType<ConnectorOperation>().Distinct()],
            [.. rows.Where(o => catalog.Find(o.Name) is null && o.Purpose.Length > 0).Select(o => new UndocumentedOperation(JourneyInput.PathOf(o.Name, catalog), o.Purpose)).DistinctBy(u => u.Path)]);
    }
}
