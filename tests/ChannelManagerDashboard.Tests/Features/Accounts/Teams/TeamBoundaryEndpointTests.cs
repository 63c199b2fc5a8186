using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.Accounts.Teams;

/// <summary>The built app over HTTP: a project's pages and downloads answer only the people of its team, with their role there.</summary>
[Collection(HarnessCollection.Name)]
public sealed class TeamBoundaryEndpointTests : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private AppProcess app = default!;
    private TwoTeams teams = default!;

    public async Task InitializeAsync()
    {
        await TestAccounts.AddAsync(data.Path);
        teams = await TwoTeams.SetUpAsync(data.Path);
        app = await AppProcess.StartAsync(data.Path);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

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
        using var member = await app.SignedInClientAsync(DashboardRoles.Member);

        using var refused = await outsider.GetAsync(string.Format(address, teams.OwnProject));
        using var allowed = await member.GetAsync(string.Format(address, teams.OwnProject));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Acme CM", refusal);
        // The team's member reaches the endpoint itself (which may say there is no run or file yet).
        Assert.NotEqual(refusal, await allowed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_team_downloads_its_own_report_and_the_dashboards_owner_downloads_both()
    {
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        using var member = await app.SignedInClientAsync(DashboardRoles.Member);
        using var owner = await app.SignedInClientAsync(DashboardRoles.Owner);

        Assert.Contains("Beta CM", await outsider.GetStringAsync($"/projects/{teams.OtherProject}/exports/report.md"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/projects/{teams.OtherProject}/exports/report.md")).StatusCode);
        Assert.Contains("Acme CM", await owner.GetStringAsync($"/projects/{teams.OwnProject}/exports/report.md"));
        Assert.Contains("Beta CM", await owner.GetStringAsync($"/projects/{teams.OtherProject}/exports/report.md"));
    }

    [Fact]
    public async Task A_member_account_who_is_a_viewer_in_the_projects_team_is_refused_what_only_members_may_download()
    {
        await TestAccounts.WithServicesAsync(data.Path, services =>
            services.GetRequiredService<TeamAdministration>().SetMemberAsync(Team.DefaultId, TwoTeams.Outsider, DashboardRoles.Viewer, "tests"));
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        using var member = await app.SignedInClientAsync(DashboardRoles.Member);
        const string requestDownload = "/projects/{0}/play-mews/runs/1/exchanges/0/request.json";

        using var refused = await outsider.GetAsync(string.Format(requestDownload, teams.OwnProject));
        Assert.Equal((HttpStatusCode.Redirect, "/account/denied"), (refused.StatusCode, refused.Headers.Location?.AbsolutePath));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(string.Format(requestDownload, teams.OwnProject))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/projects/{teams.OwnProject}/exports/report.md")).StatusCode);
    }

    [Fact]
    public async Task A_changed_membership_ends_the_persons_session_at_its_next_request()
    {
        using var outsider = await SignedInAsync(TwoTeams.Outsider);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("/")).StatusCode);

        await TestAccounts.WithServicesAsync(data.Path, services =>
            services.GetRequiredService<TeamAdministration>().SetMemberAsync(Team.DefaultId, TwoTeams.Outsider, DashboardRoles.Viewer, "tests"));

        using var after = await outsider.GetAsync("/");
        Assert.Equal((HttpStatusCode.Redirect, AccountsExtensions.LoginPath), (after.StatusCode, after.Headers.Location?.AbsolutePath));
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.Redirect, await SignIn.PostSignInAsync(http, email, TestAccounts.Password));
        return http;
    }
}
