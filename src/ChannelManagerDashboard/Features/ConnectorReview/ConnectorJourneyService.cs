using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview.Proxy;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A Connector project's journey page: what it shows, and saving its declaration and dates.</summary>
public sealed class ConnectorJourneyService(
    IDbContextFactory<DashboardDbContext> dbFactory, ConnectorCatalog catalog, RunReviewService reviews, ProxyUpstream upstream, ProjectPageRefresh pageRefresh,
    TimeProvider clock, ILogger<ConnectorJourneyService> log)
{
    public async Task<ConnectorView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var journey = await db.ConnectorJourneys.AsNoTracking().FirstOrDefaultAsync(j => j.ProjectId == projectId) ?? new ConnectorJourney { ProjectId = projectId };
        var runs = (await db.ConnectorRuns.AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync()).OrderByDescending(r => r.Id).ToList();
        var newest = runs.FirstOrDefault(r => r.Reviewable);
        var review = newest is null ? null : await reviews.ReviewAsync(db, newest, journey);
        return new ConnectorView(project, journey, runs, ConnectorSteps.Evaluate(project, journey, runs, review), review);
    }

    public async Task<Result> SaveJourneyAsync(int projectId, JourneyInput input, string who)
    {
        var errors = input.Validate(catalog, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToDictionary();
        if (!errors.ContainsKey(nameof(JourneyInput.MewsAddress)) && await upstream.RefusalAsync(input.MewsAddress.Trim()) is { } refused)
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
        pageRefresh.Raise(projectId);
        return Result.Ok("Connector journey saved.");
    }
}
