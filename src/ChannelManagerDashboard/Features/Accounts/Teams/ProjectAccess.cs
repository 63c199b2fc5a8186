using System.Security.Claims;
using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>
/// What a person may do on a project: their role in the project's team, never more than their account's role. The
/// dashboard's owners manage every team, so they are owners on every project.
/// </summary>
public sealed class ProjectAccess(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <returns>Owner, Member or Viewer; null when the project does not exist or is not one of the person's teams'.</returns>
    public async Task<string?> RoleAsync(ClaimsPrincipal user, int projectId)
    {
        if (user.Identity?.IsAuthenticated != true)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var teamId = await db.Projects.Where(p => p.Id == projectId).Select(p => (int?)p.TeamId).FirstOrDefaultAsync();
        if (teamId is null)
            return null;
        var account = AccountRole(user);
        if (account == DashboardRoles.Owner)
            return DashboardRoles.Owner;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = await db.TeamMembers.Where(m => m.TeamId == teamId && m.UserId == userId).Select(m => m.Role).FirstOrDefaultAsync();
        return role is null ? null : DashboardRoles.Weaker(role, account) is { Length: > 0 } weaker ? weaker : null;
    }

    public async Task<bool> ExistsAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AnyAsync(p => p.Id == projectId);
    }

    /// <returns>The teams whose projects the person sees, with their role in each; every team for the dashboard's owners.</returns>
    public async Task<IReadOnlyList<TeamRole>> TeamsAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return [];
        await using var db = await dbFactory.CreateDbContextAsync();
        var account = AccountRole(user);
        if (account == DashboardRoles.Owner)
            return await db.Teams.OrderBy(t => t.Name).Select(t => new TeamRole(t.Id, t.Name, DashboardRoles.Owner)).ToListAsync();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var rows = await db.TeamMembers.Where(m => m.UserId == userId)
            .Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new { t.Id, t.Name, m.Role })
            .OrderBy(t => t.Name).ToListAsync();
        return rows.Select(r => new TeamRole(r.Id, r.Name, DashboardRoles.Weaker(r.Role, account))).Where(r => r.Role.Length > 0).ToList();
    }

    private static string AccountRole(ClaimsPrincipal user) => DashboardRoles.All.FirstOrDefault(user.IsInRole) ?? "";
}
