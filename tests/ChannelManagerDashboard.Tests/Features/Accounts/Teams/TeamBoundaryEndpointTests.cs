using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts.Teams;

/// <summary>
/// The built app over HTTP: a project's pages and downloads answer only the people of its team, with their role there.
/// These tests only read, so they share one app; the ones that change a membership are in <see cref="TeamMembershipEndpointTests"/>.
/// </summary>
[Collection(HarnessCollection.Name)]
public sealed class TeamBoundaryEndpointTests(TwoTeamsApp fixture) : IClassFixture<TwoTeamsApp>
{
    public static TheoryData<string> ProjectAddresses() =>
    [
        "/projects/{0}",
        "/projects/{0}/tests",
        "/projects/{0}/exports/report.md",
        "/projects/{0}/exports/report.html",
        "/projects/{0}/exports/tests.csv",
        "/projects/{0}/exports/tests.xlsx",
        "/projects/{0}/certification-file",
        "/projects/{0}/play-mews/runs/1/report.json",
        // Spellings the route and its binding read as the same number.
        "/projects/+{0}/exports/report.md",
        "/projects/%20{0}/exports/report.md",
        "/projects/+{0}/play-mews/runs/1/exchanges/0/request.json",
    ];

    [Theory]
    [MemberData(nameof(ProjectAddresses))]
    public async Task Someone_outside_the_team_gets_the_answer_for_a_project_that_does_not_exist(string address)
    {
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        using var member = await fixture.App.SignedInClientAsync(DashboardRoles.Member);

        using var refused = await outsider.GetAsync(string.Format(address, fixture.Teams.OwnProject));
        using var allowed = await member.GetAsync(string.Format(address, fixture.Teams.OwnProject));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Acme CM", refusal);
        // The team's member reaches the endpoint itself (which may say there is no run or file yet).
        Assert.NotEqual(refusal, await allowed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_of_another_teams_project_is_the_static_not_found_page_that_no_circuit_replaces()
    {
        using var outsider = await SignedInAsync(TwoTeams.Outsider);

        using var refused = await outsider.GetAsync($"/projects/{fixture.Teams.OwnProject}/tests");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", page);
        // An interactive marker would start a circuit at the browser's address and render the project's page over this one.
        Assert.DoesNotContain("\"type\":\"server\"", page);
    }

    [Fact]
    public async Task Each_team_downloads_its_own_report_and_the_dashboards_owner_downloads_both()
    {
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        using var member = await fixture.App.SignedInClientAsync(DashboardRoles.Member);
        using var owner = await fixture.App.SignedInClientAsync(DashboardRoles.Owner);

        Assert.Contains("Beta CM", await outsider.GetStringAsync($"/projects/{fixture.Teams.OtherProject}/exports/report.md"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/projects/{fixture.Teams.OtherProject}/exports/report.md")).StatusCode);
        Assert.Contains("Acme CM", await owner.GetStringAsync($"/projects/{fixture.Teams.OwnProject}/exports/report.md"));
        Assert.Contains("Beta CM", await owner.GetStringAsync($"/projects/{fixture.Teams.OtherProject}/exports/report.md"));
    }

    private Task<HttpClient> SignedInAsync(string email) => fixture.SignedInAsync(email);
}
