using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// Two teams on one dashboard: a person of one cannot open, download or act on the other's project, by the list, a typed
/// address, a move inside the open page or a download, until the dashboard's owner puts them in that team.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamsJourneyTests(BrowserFixture browser) : IAsyncLifetime
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

    [Fact]
    public async Task A_person_of_one_team_reaches_the_other_teams_project_only_once_an_owner_adds_them_and_then_with_that_teams_role()
    {
        await using var outsiderContext = await browser.Browser.NewContextAsync();
        var ben = await outsiderContext.NewPageAsync();
        await SignInAsync(ben, "/");
        await Expect(ben.Locator("#project-list")).ToContainTextAsync("Beta CM");
        await Expect(ben.Locator("#project-list")).Not.ToContainTextAsync("Acme CM");

        // A typed address: the server answers as for a project that does not exist.
        var typed = await ben.GotoAsync(Url($"/projects/{teams.OwnProject}/tests"));
        Assert.Equal(404, typed!.Status);
        await Expect(ben.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();

        // A move inside the open page, where no request reaches the server: still no such project, and nothing to act on.
        await ben.OpenAsync(app.BaseAddress, $"/projects/{teams.OtherProject}/tests");
        await Expect(ben.Locator("#tracker-counts")).ToBeVisibleAsync();
        await ben.EvaluateAsync($"Blazor.navigateTo('/projects/{teams.OwnProject}/tests')");
        await Expect(ben.Locator("#project-missing")).ToBeVisibleAsync();
        await Expect(ben.Locator("#tracker-counts")).ToHaveCountAsync(0);

        // A download with the browser's own session.
        var download = await ben.APIRequest.GetAsync(Url($"/projects/{teams.OwnProject}/exports/report.md"));
        Assert.Equal(404, download.Status);
        Assert.DoesNotContain("Acme CM", await download.TextAsync());

        // The dashboard's owner puts Ben into the default team as a viewer.
        await using var ownerContext = await browser.NewContextAsync(app);
        var owner = await ownerContext.NewPageAsync();
        await owner.OpenAsync(app.BaseAddress, "/account/teams");
        await owner.ChooseAsync("team-1-person", TwoTeams.Outsider);
        await owner.ChooseAsync("team-1-role", "Viewer");
        await owner.ClickAsync("#team-1-add");
        // The picker shows the email too; the table of the team's people has it once the change is saved.
        await Expect(owner.GetByRole(AriaRole.Table, new() { Name = "People in Default team" })).ToContainTextAsync(TwoTeams.Outsider);

        // His sessions ended with the change; signed in again, he reads the project as its team's viewer.
        await ben.GotoAsync(Url($"/projects/{teams.OwnProject}/tests"));
        await ben.WaitForUrlAsync("/account/login");
        await SignInAsync(ben, $"/projects/{teams.OwnProject}/tests");
        await Expect(ben.Locator("#tracker-counts")).ToBeVisibleAsync();
        await Expect(ben.Locator("#viewer-notice")).ToContainTextAsync("You are a viewer in this project's team");

        // Signing out in another tab ends this open page too: it goes to the sign-in page instead of working on.
        var otherTab = await outsiderContext.NewPageAsync();
        await otherTab.OpenAsync(app.BaseAddress, "/");
        await otherTab.ClickAsync("#sign-out");
        await otherTab.WaitForUrlAsync("/account/login");
        await ben.WaitForUrlAsync("/account/login");
    }

    private string Url(string path) => new Uri(app.BaseAddress, path).ToString();

    /// <summary>Signs in as the outsider on the sign-in page (opened here unless a redirect already showed it) and waits for <paramref name="landing"/>.</summary>
    private async Task SignInAsync(IPage page, string landing)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
            await page.GotoAsync(Url("/account/login"));
        await page.GetByLabel("Email").FillAsync(TwoTeams.Outsider);
        await page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForUrlAsync(System.Text.RegularExpressions.Regex.Escape(landing) + "$");
        await page.WaitForInteractiveAsync();
    }
}
