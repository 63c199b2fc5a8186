using System.Text.Json;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The review of a stored run against the project's declaration, and the requests it names.</summary>
public sealed class RunReviewService(IDbContextFactory<DashboardDbContext> dbFactory, ConnectorCatalog catalog, ReviewCache cache, TimeProvider clock)
{
    /// <summary>The project a review or request page heads with.</summary>
    public async Task<CertificationProject?> ProjectAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
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

    /// <summary>The review with the requests its findings and peaks name, for the page and the exports.</summary>
    public async Task<RunReview?> RunReviewAsync(int projectId, int runId)
    {
        if (await ReviewAsync(projectId, runId) is not { } found)
            return null;
        var (run, report) = found;
        var named = report.Checks.SelectMany(c => c.Findings).SelectMany(f => f.Requests)
            .Concat(report.Peaks.SelectMany(p => new[] { p.FirstRequest, p.LastRequest })).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).FirstAsync();
        var requests = new Dictionary<int, RequestRef>();
        foreach (var chunk in named.Chunk(500))
        {
            var rows = await db.ConnectorRequests.AsNoTracking().Where(c => c.RunId == runId && chunk.Contains(c.Index))
                .Select(c => new { c.Index, c.TimeUtc, c.Path, c.Status }).ToListAsync();
            foreach (var request in rows)
                requests[request.Index] = new RequestRef(request.Index, request.TimeUtc, ConnectorOperation.NameOf(request.Path), request.Status);
        }
        return new RunReview(run, report, requests, project, clock.GetUtcNow());
    }

    /// <returns>The request, and how many requests its run holds (for the next-request link); null and 0 when it is not there.</returns>
    public async Task<(ConnectorRunRequest? Request, int RunRequests)> RequestAsync(int projectId, int runId, int index)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.ProjectId == projectId);
        if (run is null)
            return (null, 0);
        return (await db.ConnectorRequests.AsNoTracking().FirstOrDefaultAsync(c => c.RunId == runId && c.Index == index), run.Requests);
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

    /// <summary>The review of <paramref name="run"/> read through <paramref name="db"/>, from the cache while neither it nor the declaration changed.</summary>
    public async Task<ReviewReport> ReviewAsync(DashboardDbContext db, ConnectorRun run, ConnectorJourney journey)
    {
        var key = new ReviewKey(run.Id, run.Requests, journey.UseCases + "|" + journey.Operations);
        if (cache.Find(key) is { } cached)
            return cached;
        var reviewer = new ConnectorReviewer(catalog, DeclaredOf(journey));
        await foreach (var request in db.ConnectorRequests.AsNoTracking().Where(c => c.RunId == run.Id).OrderBy(c => c.Index).AsAsyncEnumerable())
            reviewer.Add(request.ToRequest());
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
