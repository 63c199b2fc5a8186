using System.Security.Claims;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.Accounts.Teams;

/// <summary>Who sees which project, and with which role, over a real SQLite file and the services the pages use.</summary>
public sealed class TeamAccessTests : ComponentTest
{
    private TeamAdministration Teams => Get<TeamAdministration>();
    private ProjectAccess Access => Get<ProjectAccess>();

    [Fact]
    public async Task A_person_sees_only_their_teams_projects_with_the_weaker_of_team_and_account_role()
    {
        var agency = await NewTeamAsync("Agency A");
        var partner = await NewTeamAsync("Partner B");
        var inA = await ProjectInAsync(agency, "Acme CM");
        var inB = await ProjectInAsync(partner, "Beta CM");
        await AddAccountAsync("ana@example.com", DashboardRoles.Member, agency);
        await AddAccountAsync("ben@example.com", DashboardRoles.Member, partner);
        Assert.True((await Teams.SetMemberAsync(partner, "ana@example.com", DashboardRoles.Viewer, "tests")).Succeeded);

        var ana = await PrincipalAsync("ana@example.com");
        var ben = await PrincipalAsync("ben@example.com");
        Assert.Equal(DashboardRoles.Member, await Access.RoleAsync(ana, inA));
        Assert.Equal(DashboardRoles.Viewer, await Access.RoleAsync(ana, inB));
        Assert.Null(await Access.RoleAsync(ben, inA));
        Assert.Equal(DashboardRoles.Member, await Access.RoleAsync(ben, inB));
        Assert.Equal(["Partner B"], (await Access.TeamsAsync(ben)).Select(t => t.TeamName));
        var benSees = await Get<ProjectService>().ListAsync(includeArchived: true, (await Access.TeamsAsync(ben)).Select(t => t.TeamId).ToList());
        Assert.Equal(["Beta CM"], benSees.Select(p => p.Name));

        // The account's role caps the team's: a viewer account is a viewer in a team that says member.
        Assert.True((await Get<AccountChanges>().SetRoleAsync("ben@example.com", DashboardRoles.Viewer)).Succeeded);
        Assert.Equal(DashboardRoles.Viewer, await Access.RoleAsync(await PrincipalAsync("ben@example.com"), inB));
        Assert.Equal(ResultKind.Invalid, (await Teams.SetMemberAsync(partner, "ben@example.com", DashboardRoles.Member, "tests")).Kind);
    }

    [Fact]
    public async Task The_dashboards_owners_see_every_team_and_someone_in_no_team_sees_nothing()
    {
        var other = await NewTeamAsync("Other");
        var project = await ProjectInAsync(other, "Elsewhere CM");
        await AddAccountAsync("owner@example.com", DashboardRoles.Owner, Team.DefaultId);
        await AddAccountAsync("lonely@example.com", DashboardRoles.Member, Team.DefaultId);
        Assert.True((await Teams.RemoveMemberAsync(Team.DefaultId, "lonely@example.com", "tests")).Succeeded);

        Assert.Equal(DashboardRoles.Owner, await Access.RoleAsync(await PrincipalAsync("owner@example.com"), project));
        Assert.Equal(["Default team", "Other"], (await Access.TeamsAsync(await PrincipalAsync("owner@example.com"))).Select(t => t.TeamName));
        Assert.Empty(await Access.TeamsAsync(await PrincipalAsync("lonely@example.com")));
        Assert.Null(await Access.RoleAsync(await PrincipalAsync("lonely@example.com"), project));
        Assert.Equal("no team", await TeamsOfAsync("lonely@example.com"));
    }

    [Fact]
    public async Task A_changed_membership_or_a_moved_project_takes_effect_at_once_and_ends_the_persons_sessions()
    {
        var agency = await NewTeamAsync("Agency A");
        var project = await ProjectInAsync(Team.DefaultId, "Acme CM");
        await AddAccountAsync("ana@example.com", DashboardRoles.Member, agency);
        await AddAccountAsync("cy@example.com", DashboardRoles.Member, Team.DefaultId);
        await AddAccountAsync("owner@example.com", DashboardRoles.Owner, Team.DefaultId);
        var stamp = await StampAsync("ana@example.com");
        var (leaving, owner) = (await StampAsync("cy@example.com"), await StampAsync("owner@example.com"));
        Assert.Null(await Access.RoleAsync(await PrincipalAsync("ana@example.com"), project));

        Assert.True((await Teams.MoveProjectAsync(project, agency, "tests")).Succeeded);
        Assert.Equal(DashboardRoles.Member, await Access.RoleAsync(await PrincipalAsync("ana@example.com"), project));
        // The team it left may have it open: their sessions end; the dashboard's owner keeps seeing it, and their session.
        Assert.NotEqual(leaving, await StampAsync("cy@example.com"));
        Assert.Equal(owner, await StampAsync("owner@example.com"));

        Assert.True((await Teams.SetMemberAsync(agency, "ana@example.com", DashboardRoles.Viewer, "tests")).Succeeded);
        Assert.NotEqual(stamp, stamp = await StampAsync("ana@example.com"));
        Assert.Equal(DashboardRoles.Viewer, await Access.RoleAsync(await PrincipalAsync("ana@example.com"), project));

        Assert.True((await Teams.RemoveMemberAsync(agency, "ana@example.com", "tests")).Succeeded);
        Assert.NotEqual(stamp, await StampAsync("ana@example.com"));
        Assert.Null(await Access.RoleAsync(await PrincipalAsync("ana@example.com"), project));
    }

    [Fact]
    public async Task Teams_are_named_once_the_default_one_stays_and_one_with_projects_cannot_be_removed()
    {
        var agency = await NewTeamAsync("Agency A");
        var project = await ProjectInAsync(agency, "Acme CM");

        Assert.Contains("already", (await Teams.CreateAsync(" agency a ", "tests")).Message);
        Assert.Contains("Give the team a name", (await Teams.CreateAsync("  ", "tests")).Message);
        Assert.Contains("stays", (await Teams.RemoveAsync(Team.DefaultId, "tests")).Message);
        Assert.Contains("still has 1 project", (await Teams.RemoveAsync(agency, "tests")).Message);

        Assert.True((await Teams.MoveProjectAsync(project, Team.DefaultId, "tests")).Succeeded);
        Assert.True((await Teams.RenameAsync(agency, "Agency Alpha", "tests")).Succeeded);
        Assert.True((await Teams.RemoveAsync(agency, "tests")).Succeeded);
        Assert.Equal(["Default team"], (await Teams.ListAsync()).Select(t => t.Name));
    }

    [Fact]
    public async Task A_new_account_joins_the_default_team_or_the_named_one_and_its_role_change_follows_into_its_teams()
    {
        var accounts = Get<NewAccounts>();
        var changes = Get<AccountChanges>();
        await NewTeamAsync("Agency A");
        Assert.True((await accounts.AddAsync("ana@example.com", TestAccounts.Password, DashboardRoles.Viewer, "tests")).Succeeded);
        Assert.True((await accounts.InviteAsync("ben@example.com", DashboardRoles.Member, "tests", "agency a")).Succeeded);
        Assert.Contains("There is no team called Nowhere", (await accounts.AddAsync("cy@example.com", TestAccounts.Password, DashboardRoles.Member, "tests", "Nowhere")).Message);
        Assert.DoesNotContain(await Get<AccountDirectory>().ListAsync(), u => u.Email == "cy@example.com");

        Assert.Equal("Default team (Viewer)", await TeamsOfAsync("ana@example.com"));
        Assert.Equal("Agency A (Member)", await TeamsOfAsync("ben@example.com"));

        // As before teams: promoting the account promotes it in the team it was held down in.
        Assert.True((await changes.SetRoleAsync("ana@example.com", DashboardRoles.Member)).Succeeded);
        Assert.Equal("Default team (Member)", await TeamsOfAsync("ana@example.com"));
        Assert.True((await changes.SetRoleAsync("ben@example.com", DashboardRoles.Viewer)).Succeeded);
        Assert.Equal("Agency A (Viewer)", await TeamsOfAsync("ben@example.com"));
    }

    [Fact]
    public async Task A_role_an_owner_chose_in_a_team_stays_when_the_accounts_role_goes_down_and_up_again()
    {
        var changes = Get<AccountChanges>();
        var partner = await NewTeamAsync("Partner B");
        await AddAccountAsync("alice@example.com", DashboardRoles.Member, Team.DefaultId);
        Assert.True((await Teams.SetMemberAsync(partner, "alice@example.com", DashboardRoles.Viewer, "tests")).Succeeded);

        Assert.True((await changes.SetRoleAsync("alice@example.com", DashboardRoles.Viewer)).Succeeded);
        Assert.Equal("Default team (Viewer), Partner B (Viewer)", await TeamsOfAsync("alice@example.com"));
        Assert.True((await changes.SetRoleAsync("alice@example.com", DashboardRoles.Member)).Succeeded);

        Assert.Equal("Default team (Member), Partner B (Viewer)", await TeamsOfAsync("alice@example.com"));
    }

    private async Task<int> NewTeamAsync(string name)
    {
        var created = await Teams.CreateAsync(name, "tests");
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    private async Task<int> ProjectInAsync(int teamId, string name)
    {
        var created = await Get<ProjectService>().CreateAsync(Support.Services.ValidInput(name), "tests", teamId);
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    private async Task AddAccountAsync(string email, string role, int teamId)
    {
        var teamName = (await Teams.ListAsync()).Single(t => t.Id == teamId).Name;
        var added = await Get<NewAccounts>().AddAsync(email, TestAccounts.Password, role, "tests", teamName);
        Assert.True(added.Succeeded, added.Message);
    }

    private async Task<string> TeamsOfAsync(string email) =>
        (await Get<AccountDirectory>().ListAsync()).Single(u => u.Email == email).Teams is { Length: > 0 } teams ? teams : "no team";

    /// <summary>The principal the sign-in cookie carries for <paramref name="email"/>, as Identity builds it.</summary>
    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<DashboardUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        return (await users.FindByEmailAsync(email))!.SecurityStamp;
    }
}
