using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A Connector project's stored runs: imported logs, the built-in samples, and deleting them.</summary>
public sealed class ConnectorRunService(
    IDbContextFactory<DashboardDbContext> dbFactory, ReviewCache cache, ProjectPageRefresh pageRefresh, TimeProvider clock, ILogger<ConnectorRunService> log)
{
    public const int BatchSize = 1000;

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
        pageRefresh.Raise(projectId);
        return result with { Notices = [.. result.Notices, "The declaration was empty, so it now lists the sample's operations."] };
    }

    /// <summary>
    /// Stores a log's requests as a new run, a batch at a time, each batch in its own short transaction so other saves
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
                var request = entry.Request!;
                db.ConnectorRequests.Add(ConnectorRunRequest.From(run.Id, request with { Index = run.Requests }));
                run.Requests++;
                run.FirstRequestUtc = run.FirstRequestUtc is { } earliest && earliest <= request.TimeUtc ? earliest : request.TimeUtc;
                run.LastRequestUtc = run.LastRequestUtc is { } latest && latest >= request.TimeUtc ? latest : request.TimeUtc;
                if (++batch == BatchSize)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                    db.Attach(run);
                    batch = 0;
                }
            }
            if (run.Requests == 0)
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
            log.LogWarning("The import into project {ProjectId} stopped after {Calls} calls: {Reason}", projectId, run.Requests, ex.Message);
            await RemoveAsync(run.Id);
            return Result.Failed(Result.Whole, string.Create(CultureInfo.InvariantCulture, $"The import stopped after {run.Requests:N0} calls ({ex.Message}); nothing was kept. Try again.")).As<int>();
        }
        log.LogInformation("Added run {RunId} to project {ProjectId}: {Calls} calls, {BadLines} bad lines left out", run.Id, projectId, run.Requests, run.BadLines);
        pageRefresh.Raise(projectId);
        return Result.Of(run.Id, run.BadLines > 0
            ? $"{Counted.Of(run.Requests, "call")} imported; {Counted.Of(run.BadLines, "bad line")} left out."
            : $"{run.Requests} calls imported.");
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
        pageRefresh.Raise(projectId);
        return Result.Ok($"{run.Name} deleted.");
    }

    private async Task RemoveAsync(int runId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.ConnectorRuns.Where(r => r.Id == runId).ExecuteDeleteAsync();
    }
}
