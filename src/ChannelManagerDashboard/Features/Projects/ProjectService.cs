using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Projects;

public sealed class ProjectService(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider clock, ILogger<ProjectService> log)
{
    public async Task<IReadOnlyList<CertificationProject>> ListAsync(bool includeArchived)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var projects = await db.Projects.AsNoTracking()
            .Where(p => includeArchived || p.ArchivedAt == null)
            .ToListAsync();
        // SQLite cannot order by DateTimeOffset in SQL; the list is small.
        return projects.OrderByDescending(p => p.UpdatedAt).ToList();
    }

    public async Task<CertificationProject?> GetAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
    }

    /// <returns>The new project's id, or the errors by field.</returns>
    public async Task<(int? Id, SaveResult Result)> CreateAsync(ProjectInput input)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
            return (null, SaveResult.Invalid(errors));

        var now = clock.GetUtcNow();
        var project = new CertificationProject { CreatedAt = now };
        Apply(input, project, now);
        (project.Endpoints, _) = project.Endpoints.FillEmptyFrom(project.EndpointBaseUrl);

        await using var db = await dbFactory.CreateDbContextAsync();
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        log.LogInformation("Created project {ProjectId} {ProjectName} for {PartnerId} ({Environment})",
            project.Id, project.Name, project.PartnerId, project.Environment);
        return (project.Id, SaveResult.Ok());
    }

    /// <summary>Saves edits (rename included). When the base URL changes, endpoint URLs still empty are filled from it.</summary>
    public async Task<SaveResult> UpdateAsync(int id, ProjectInput input)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
            return SaveResult.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return SaveResult.Invalid(nameof(ProjectInput.Name), $"Project {id} no longer exists. Go back to the project list.");

        var baseUrlChanged = project.EndpointBaseUrl != input.EndpointBaseUrl.Trim();
        Apply(input, project, clock.GetUtcNow());
        var filled = 0;
        if (baseUrlChanged)
            (project.Endpoints, filled) = project.Endpoints.FillEmptyFrom(project.EndpointBaseUrl);
        await db.SaveChangesAsync();
        log.LogInformation("Updated project {ProjectId} {ProjectName}", project.Id, project.Name);
        return filled > 0
            ? SaveResult.Ok($"{filled} empty endpoint URL(s) were filled from the base URL; review them in step P2.")
            : SaveResult.Ok();
    }

    public async Task<bool> SetArchivedAsync(int id, bool archived)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id);
        if (project is null)
            return false;
        var now = clock.GetUtcNow();
        project.ArchivedAt = archived ? now : null;
        project.UpdatedAt = now;
        await db.SaveChangesAsync();
        log.LogInformation("{Action} project {ProjectId}", archived ? "Archived" : "Restored", id);
        return true;
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
