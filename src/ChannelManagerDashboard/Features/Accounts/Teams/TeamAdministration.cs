using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>
/// The dashboard owners' work on teams: create, rename and remove them, put people in them with a role, move projects
/// between them. A changed membership ends the person's sessions, so what they see follows at once.
/// </summary>
public sealed class TeamAdministration(
    IServiceScopeFactory scopes, IDbContextFactory<DashboardDbContext> dbFactory, SessionEnds sessions, TimeProvider clock, ILogger<TeamAdministration> log)
{
    public const string NameField = "TeamName";
    public const string MemberField = "Member";
    public const string ProjectField = "Project";

    public async Task<IReadOnlyList<TeamRow>> ListAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync();
        var members = await db.TeamMembers.AsNoTracking()
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.TeamId, m.UserId, u.Email, m.Role })
            .ToListAsync();
        var accountRoles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        var projects = await db.Projects.AsNoTracking().Select(p => new { p.Id, p.Name, p.TeamId }).ToListAsync();
        return teams.Select(t => new TeamRow(t.Id, t.Name,
            members.Where(m => m.TeamId == t.Id).OrderBy(m => m.Email).Select(m => new TeamMemberRow(m.Email ?? "", m.Role,
                DashboardRoles.Weaker(m.Role, Strongest(accountRoles.Where(a => a.UserId == m.UserId).Select(a => a.Name ?? ""))))).ToList(),
            projects.Where(p => p.TeamId == t.Id).OrderBy(p => p.Name).Select(p => new TeamProjectRow(p.Id, p.Name)).ToList())).ToList();
    }

    public async Task<Result<int>> CreateAsync(string name, string by)
    {
        if (Validate(name) is { Succeeded: false } invalid)
            return invalid.As<int>();
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await NameTakenAsync(db, name, except: null))
            return Taken(name).As<int>();
        var team = new Team { Name = name.Trim(), CreatedAt = clock.GetUtcNow() };
        db.Teams.Add(team);
        if (await db.TrySaveAsync(log, "the new team", by) is { Succeeded: false } failure)
            return failure.As<int>();
        log.LogInformation("Team {TeamId} {TeamName} created", team.Id, team.Name);
        return Result.Of(team.Id, $"Team {team.Name} is created. Add people to it, then create or move projects into it.");
    }

    public async Task<Result> RenameAsync(int teamId, string name, string by)
    {
        if (Validate(name) is { Succeeded: false } invalid)
            return invalid;
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId) is not { } team)
            return TeamMissing(teamId);
        if (team.Name == name.Trim())
            return Result.Unchanged();
        if (await NameTakenAsync(db, name, except: teamId))
            return Taken(name);
        team.Name = name.Trim();
        return await db.TrySaveAsync(log, $"team {teamId}", by) is { Succeeded: false } failure ? failure : Result.Ok($"The team is now called {team.Name}.");
    }

    public async Task<Result> RemoveAsync(int teamId, string by)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId) is not { } team)
            return TeamMissing(teamId);
        if (teamId == Team.DefaultId)
            return Result.Invalid(NameField, $"{team.Name} stays: new accounts join it unless you choose another team. Rename it if its name does not fit.");
        if (await db.Projects.CountAsync(p => p.TeamId == teamId) is > 0 and var count)
            return Result.Invalid(NameField, $"{team.Name} still has {Counted.Of(count, "project")}. Move them to another team first, so no project is left without people.");
        var members = await db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.UserId).ToListAsync();
        db.Teams.Remove(team);
        if (await db.TrySaveAsync(log, $"team {teamId}", by) is { Succeeded: false } failure)
            return failure;
        await EndSessionsAsync(members);
        return Result.Ok($"Team {team.Name} is removed.");
    }

    /// <summary>Puts a person in a team with <paramref name="role"/>, or changes their role there.</summary>
    public async Task<Result> SetMemberAsync(int teamId, string email, string role, string by)
    {
        if (DashboardRoles.Parse(role) is not { } parsed)
            return Result.Invalid(MemberField, $"\"{role}\" is not a role. Use Owner, Member or Viewer.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        if (await users.FindByEmailAsync(email.Trim()) is not { } user)
            return Result.Missing(MemberField, $"There is no account for {email.Trim()}. Add it on the users page first.");
        var account = Strongest(await users.GetRolesAsync(user));
        if (DashboardRoles.Weaker(parsed, account) != parsed)
            return Result.Invalid(MemberField,
                $"{user.Email}'s account is a {account}, so they cannot be {parsed} in a team. Give the account a stronger role on the users page first, or choose {account}.");
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId) is not { } team)
            return TeamMissing(teamId);
        var member = await db.TeamMembers.FirstOrDefaultAsync(m => m.TeamId == teamId && m.UserId == user.Id);
        if (member?.Role == parsed)
            return Result.Unchanged();
        if (member is null)
            db.TeamMembers.Add(new TeamMember { TeamId = teamId, UserId = user.Id, Role = parsed });
        else
            (member.Role, member.FollowsAccount) = (parsed, false);
        if (await db.TrySaveAsync(log, $"{user.Email}'s place in {team.Name}", by) is { Succeeded: false } failure)
            return failure;
        await EndSessionsAsync([user.Id]);
        log.LogInformation("Account {Email} is {Role} in team {TeamId}", user.Email, parsed, teamId);
        return Result.Ok($"{user.Email} is {parsed} in {team.Name}; their open sessions end, and they see its projects when they sign in again.");
    }

    public async Task<Result> RemoveMemberAsync(int teamId, string email, string by)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var member = await db.TeamMembers.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Member = m, u.Email })
            .FirstOrDefaultAsync(x => x.Member.TeamId == teamId && x.Email == email.Trim());
        if (member is null)
            return Result.Missing(MemberField, $"{email.Trim()} is not in this team.");
        db.TeamMembers.Remove(member.Member);
        if (await db.TrySaveAsync(log, $"{email.Trim()}'s place in team {teamId}", by) is { Succeeded: false } failure)
            return failure;
        await EndSessionsAsync([member.Member.UserId]);
        return Result.Ok($"{member.Email} is no longer in the team; their open sessions end.");
    }

    public async Task<Result> MoveProjectAsync(int projectId, int teamId, string by)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId) is not { } project)
            return Result.ProjectMissing(projectId, ProjectField);
        if (await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId) is not { } team)
            return TeamMissing(teamId);
        if (project.TeamId == teamId)
            return Result.Unchanged();
        // The old team's people may have the project open; their sessions end so no open page keeps acting on it.
        var leaving = await db.TeamMembers.Where(m => m.TeamId == project.TeamId).Select(m => m.UserId).ToListAsync();
        project.TeamId = teamId;
        if (await db.TrySaveAsync(log, $"the team of project {projectId}", by) is { Succeeded: false } failure)
            return failure;
        await EndSessionsAsync(leaving);
        log.LogInformation("Project {ProjectId} moved to team {TeamId}", projectId, teamId);
        return Result.Ok($"{project.Name} belongs to {team.Name} now: only its people see it.");
    }

    /// <summary>The strongest of <paramref name="roles"/>, or empty.</summary>
    internal static string Strongest(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return DashboardRoles.All.FirstOrDefault(list.Contains) ?? "";
    }

    /// <summary>Ends the sessions of the people whose access changed, as an account change does.</summary>
    private async Task EndSessionsAsync(IEnumerable<string> userIds)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        foreach (var id in userIds)
        {
            // The dashboard's owners see every team whatever their memberships, so nothing changes for them.
            if (await users.FindByIdAsync(id) is { } user && !await users.IsInRoleAsync(user, DashboardRoles.Owner))
            {
                await users.UpdateSecurityStampAsync(user);
                sessions.End(user.Id);
            }
        }
    }

    private static Result Validate(string name) => name.Trim() switch
    {
        { Length: 0 } => Result.Invalid(NameField, "Give the team a name, e.g. the channel manager or the client it works for."),
        { Length: > Team.MaxNameLength } => Result.Invalid(NameField, $"A team name has at most {Team.MaxNameLength} characters."),
        _ => Result.Ok(),
    };

    private static async Task<bool> NameTakenAsync(DashboardDbContext db, string name, int? except)
    {
        var trimmed = name.Trim();
        return (await db.Teams.Where(t => t.Id != except).Select(t => t.Name).ToListAsync()).Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private static Result Taken(string name) => Result.Invalid(NameField, $"There is a team called {name.Trim()} already. Choose another name.");

    private static Result TeamMissing(int teamId) => Result.Missing(NameField, $"Team {teamId} no longer exists. Reload the page.");
}
