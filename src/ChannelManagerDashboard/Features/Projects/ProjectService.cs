using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Projects;

/// <param name="self">Where this app listens: a new Simulator project without a base URL points at its reference channel manager.</param>
public sealed class ProjectService(
    IDbContextFactory<DashboardDbContext> dbFactory, ProjectEvents events, TimeProvider clock, ILogger<ProjectService> log, SelfAddress? self = null)
{
    /// <param name="teams">The teams whose projects to list: the ones the person is in.</param>
    public async Task<IReadOnlyList<CertificationProject>> ListAsync(bool includeArchived, IReadOnlyCollection<int> teams)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var projects = await db.Projects.AsNoTracking()
            .Where(p => (includeArchived || p.ArchivedAt == null) && teams.Contains(p.TeamId))
            .ToListAsync();
        // SQLite cannot order by DateTimeOffset in SQL; the list is small.
        return projects.OrderByDescending(p => p.UpdatedAt).ToList();
    }

    public async Task<CertificationProject?> GetAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
    }

    /// <param name="teamId">The team the project belongs to; the page offers only teams where the person may change projects.</param>
    /// <returns>The new project's id, or the errors by field.</returns>
    public async Task<Result<int>> CreateAsync(ProjectInput input, string who, int teamId = 1)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
            return Result.Invalid(errors).As<int>();

        var now = clock.GetUtcNow();
        var project = new CertificationProject { CreatedAt = now, Kind = input.Kind, TeamId = teamId };
        Apply(input, project, now);
        if (project.Kind == ProjectKind.ChannelManager && project.Environment == MewsEnvironment.Simulator && project.EndpointBaseUrl.Length == 0 && self?.Current is { } own)
            project.EndpointBaseUrl = new Uri(own, ReferenceCmExtensions.BasePath).ToString();
        project.Endpoints.ApplyBase("", project.EndpointBaseUrl);

        await using var db = await dbFactory.CreateDbContextAsync();
        db.Projects.Add(project);
        if (await db.TrySaveAsync(log, "the new project", who) is { Succeeded: false } failure)
            return failure.As<int>();
        log.LogInformation("Created project {ProjectId} {ProjectName} for {PartnerId} ({Environment})",
            project.Id, project.Name, project.PartnerId, project.Environment);
        return Result.Of(project.Id);
    }

    /// <summary>
    /// Saves edits (rename included), field by field against <paramref name="baseline"/>, what the page loaded: fields
    /// the user left alone keep the stored value, and a field someone else changed differently refuses the save
    /// instead of overwriting theirs. A changed base URL moves the endpoint URLs that still follow the old one.
    /// </summary>
    public async Task<Result> UpdateAsync(int id, ProjectInput input, ProjectInput baseline, string who)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
            return Result.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return Result.ProjectMissing(id, nameof(ProjectInput.Name));
        var merged = ProjectInput.From(project);
        var (conflicts, _) = FieldMerge.Merge(ProjectInput.Fields, input, baseline, merged);
        if (conflicts.Count > 0)
            return Result.ConflictOver(conflicts);

        var oldBaseUrl = project.EndpointBaseUrl;
        Apply(merged, project, clock.GetUtcNow());
        var moved = project.Endpoints.ApplyBase(oldBaseUrl, project.EndpointBaseUrl);
        if (await db.TrySaveAsync(log, $"project {id}", who) is { Succeeded: false } failure)
            return failure;
        await transaction.CommitAsync();
        log.LogInformation("Updated project {ProjectId} {ProjectName}", project.Id, project.Name);
        var saved = moved > 0 ? Result.Ok($"{Counted.Of(moved, "endpoint URL")} now {(moved == 1 ? "uses" : "use")} the new base URL; review them in step P2.") : Result.Ok();
        // Another environment has its own connections and snapshots, so the steps that follow them are judged again.
        return saved.Including(await events.PublishAsync(new ProjectDetailsChanged(id, who)));
    }

    public async Task<Result> SetArchivedAsync(int id, bool archived, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return Result.ProjectMissing(id);
        var now = clock.GetUtcNow();
        project.ArchivedAt = archived ? now : null;
        project.UpdatedAt = now;
        if (await db.TrySaveAsync(log, $"the archive state of project {id}", who) is { Succeeded: false } failure)
            return failure;
        log.LogInformation("{Action} project {ProjectId}", archived ? "Archived" : "Restored", id);
        return Result.Ok();
    }

    private static void Apply(ProjectInput input, CertificationProject project, DateTimeOffset now)
    {
        project.Name = input.Name.Trim();
        project.PartnerId = input.PartnerId.Trim();
        project.PilotPropertyName = input.PilotPropertyName.Trim();
        project.Environment = input.Environment;
        project.EndpointBaseUrl = input.EndpointBaseUrl.Trim();
        project.ContactPerson = input.ContactPerson.Trim();
        project.UpdatedAt = now;
    }
}
