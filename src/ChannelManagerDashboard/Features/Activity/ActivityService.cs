using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>Reads a project's timeline, newest first.</summary>
public sealed class ActivityService(IDbContextFactory<DashboardDbContext> factory)
{
    public const int PageSize = 100;

    /// <summary>The project whose timeline it is; null when it does not exist.</summary>
    public async Task<CertificationProject?> ProjectAsync(int projectId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
    }

    /// <returns>Up to <paramref name="limit"/> entries, and whether there are more.</returns>
    public async Task<(IReadOnlyList<ActivityEntry> Entries, bool More)> ListAsync(int projectId, ActivityFilter filter, int limit = PageSize)
    {
        await using var db = await factory.CreateDbContextAsync();
        var query = db.Activity.AsNoTracking().Where(a => a.ProjectId == projectId);
        if (filter.Kind is { } kind)
            query = query.Where(a => a.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.Who))
            query = query.Where(a => a.Who == filter.Who);
        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(a => EF.Functions.Like(a.Subject, pattern, "\\") || EF.Functions.Like(a.Action, pattern, "\\") ||
                                     EF.Functions.Like(a.OldValue, pattern, "\\") || EF.Functions.Like(a.NewValue, pattern, "\\"));
        }
        // SQLite cannot order by a DateTimeOffset column; the id follows the time of writing.
        var found = await query.OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync();
        return (found.Take(limit).ToList(), found.Count > limit);
    }

    /// <summary>Everyone who appears on the project's timeline, for the filter.</summary>
    public async Task<IReadOnlyList<string>> PeopleAsync(int projectId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Activity.AsNoTracking().Where(a => a.ProjectId == projectId).Select(a => a.Who).Distinct().OrderBy(w => w).ToListAsync();
    }
}
