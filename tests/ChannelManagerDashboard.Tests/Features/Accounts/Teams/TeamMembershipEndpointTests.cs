using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.Accounts.Teams;

/// <summary>The built app over HTTP after a membership changes: each test changes one, so each gets an app of its own.</summary>
[Collection(HarnessCollection.Name)]
public sealed class TeamMembershipEndpointTests : IAsyncLifetime
{
    private readonly TwoTeamsApp fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task A_member_account_who_is_a_viewer_in_the_projects_team_is_refused_what_only_members_may_download()
    {
        await TestAccounts.WithServicesAsync(fixture.DataFolder, services =>
            services.GetRequiredService<TeamAdministration>().SetMemberAsync(Team.DefaultId, TwoTeams.Outsider, DashboardRoles.Viewer, "tests"));
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        using var member = await fixture.App.SignedInClientAsync(DashboardRoles.Member);
        const string requestDownload = "/projects/{0}/play-mews/runs/1/exchanges/0/request.json";

        using var refused = await outsider.GetAsync(string.Format(requestDownload, fixture.Teams.OwnProject));
        Assert.Equal((HttpStatusCode.Redirect, "/account/denied"), (refused.StatusCode, refused.Headers.Location?.AbsolutePath));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(string.Format(requestDownload, fixture.Teams.OwnProject))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/projects/{fixture.Teams.OwnProject}/exports/report.md")).StatusCode);
    }

    [Fact]
    public async Task A_changed_membership_ends_the_persons_session_at_its_next_request()
    {
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("/")).StatusCode);

        await TestAccounts.WithServicesAsync(fixture.DataFolder, services =>
            services.GetRequiredService<TeamAdministration>().SetMemberAsync(Team.DefaultId, TwoTeams.Outsider, DashboardRoles.Viewer, "tests"));

        using var after = await outsider.GetAsync("/");
        Assert.Equal((HttpStatusCode.Redirect, AccountsExtensions.LoginPath), (after.StatusCode, after.Headers.Location?.AbsolutePath));
    }

    private Task<HttpClient> SignedInAsync(string email) => fixture.SignedInAsync(email);
}
