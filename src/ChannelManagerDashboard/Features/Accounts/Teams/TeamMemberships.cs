using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>The memberships the account changes bring with them: a new account joins a team, a changed role follows into its teams.</summary>
internal static class TeamMemberships
{
    /// <returns>The team called <paramref name="name"/> (any case), or the default team (the oldest) when no name is given; null when there is none.</returns>
    public static async Task<int?> FindAsync(DashboardDbContext db, string? name)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Name }).ToListAsync();
        return string.IsNullOrWhiteSpace(name)
            ? teams.FirstOrDefault()?.Id
            : teams.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <returns>The team's name.</returns>
    public static async Task<string> JoinAsync(DashboardDbContext db, string userId, int teamId, string role)
    {
        if (await db.TeamMembers.FirstOrDefaultAsync(m => m.TeamId == teamId && m.UserId == userId) is { } member)
            (member.Role, member.FollowsAccount) = (role, true);
        else
            db.TeamMembers.Add(new TeamMember { TeamId = teamId, UserId = userId, Role = role, FollowsAccount = true });
        await db.SaveChangesAsync();
        return await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).FirstAsync();
    }

    /// <summary>
    /// The roles that came with the account follow its new role, so a single-team dashboard works as before teams; a role an
    /// owner chose in a team stays, and the account's role still caps it when it is read.
    /// </summary>
    public static async Task FollowAccountRoleAsync(DashboardDbContext db, string userId, string newRole)
    {
        foreach (var member in await db.TeamMembers.Where(m => m.UserId == userId && m.FollowsAccount).ToListAsync())
            member.Role = newRole;
        await db.SaveChangesAsync();
    }

    /// <returns>Per account id, its teams and roles, e.g. "Agency A (Member), Default team (Viewer)".</returns>
    public static async Task<IReadOnlyDictionary<string, string>> ListAsync(DashboardDbContext db)
    {
        var rows = await db.TeamMembers.AsNoTracking().Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new { m.UserId, t.Name, m.Role }).ToListAsync();
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.OrderBy(r => r.Name).Select(r => $"{r.Name} ({r.Role})")));
    }
}
