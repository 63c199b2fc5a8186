using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>Call mode in real Chromium: three people follow one call from three browsers, live, without a reload.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class CallModeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_run_a_tick_and_a_note_in_one_browser_show_in_the_others_and_a_viewer_cannot_tick()
    {
        var app = browser.App;
        await using var ownerContext = await browser.NewContextAsync();
        await using var memberContext = await browser.NewContextAsync(DashboardRoles.Member);
        await using var viewerContext = await browser.NewContextAsync(DashboardRoles.Viewer);
        var owner = await ownerContext.NewPageAsync();
        var projectId = await owner.CreateProjectAsync(app.BaseAddress, "Call mode journey", endpointBaseUrl: "");
        await owner.ConnectToSimulatorAsync(app.BaseAddress, projectId);
        await owner.ImportDemoMappingAsync(app.BaseAddress, projectId, browser.DataFolder);

        var callPath = $"/projects/{projectId}/call";
        await owner.OpenAsync(app.BaseAddress, callPath);
        var member = await memberContext.NewPageAsync();
        await member.OpenAsync(app.BaseAddress, callPath);
        var viewer = await viewerContext.NewPageAsync();
        await viewer.OpenAsync(app.BaseAddress, callPath);
        var presenter = await ownerContext.NewPageAsync();
        await presenter.OpenAsync(app.BaseAddress, $"{callPath}/presenter");

        // The owner runs INV-01 live: the member, the viewer and the presenter view see the result arrive.
        await owner.ClickAsync("#run-INV-01");
        await Expect(member.Locator("#latest-INV-01")).ToContainTextAsync("Newest run: Passed");
        await Expect(viewer.Locator("#call-INV-01 [data-needs-check='true']")).ToBeVisibleAsync();
        await Expect(presenter.Locator("#evidence-title")).ToContainTextAsync("INV-01");
        await Expect(presenter.Locator("#evidence-run")).ToContainTextAsync("passed");
        await Expect(presenter.Locator("#newest-exchange")).ToContainTextAsync("/reference-cm/updateAvailability");

        // The viewer follows read-only: no tick, no run, no notes.
        await Expect(viewer.Locator("#call-INV-01 input[type=checkbox]")).ToBeDisabledAsync();
        await Expect(viewer.Locator("#run-INV-02")).ToBeDisabledAsync();
        await Expect(viewer.Locator("#minutes-INV-02")).ToBeDisabledAsync();

        // The member ticks the person's half: the owner's box ticks and the pass is final everywhere.
        await member.Locator("#call-INV-01 input[type=checkbox]").CheckAsync();
        await Expect(owner.Locator("#call-INV-01 input[type=checkbox]")).ToBeCheckedAsync();
        await Expect(owner.Locator("#checked-INV-01")).ToContainTextAsync("Checked by member@example.com");
        await Expect(viewer.Locator("#call-INV-01 [data-status='Passed'][data-needs-check='false']")).ToBeVisibleAsync();

        // The owner writes minutes: the member's box shows them, and so does the viewer's.
        await owner.FillAsync("#minutes-INV-02", "Mews checked the gross prices of DBL in the extranet.");
        await owner.ClickAsync("#save-notes-INV-02");
        await Expect(member.Locator("#minutes-INV-02")).ToHaveValueAsync("Mews checked the gross prices of DBL in the extranet.");
        await Expect(viewer.Locator("#minutes-INV-02")).ToHaveValueAsync("Mews checked the gross prices of DBL in the extranet.");

        // While the member types remarks, the owner saves other ones: the member keeps their text and sees the owner's under it.
        await member.FillAsync("#remarks-INV-02", "Member's remark");
        await owner.FillAsync("#remarks-INV-02", "Owner's remark");
        await owner.ClickAsync("#save-notes-INV-02");
        await Expect(member.Locator("#their-remarks-INV-02")).ToContainTextAsync("Owner's remark");
        await Expect(member.Locator("#remarks-INV-02")).ToHaveValueAsync("Member's remark");

        // The timer starts in one browser and runs in the other.
        await owner.ClickAsync("#timer-start");
        await Expect(member.Locator("#timer-text")).ToHaveAttributeAsync("data-state", "Running");
        await Expect(presenter.Locator("#timer-text")).ToContainTextAsync("Running");

        // Screen sharing shows no token, not even masked.
        var shared = await presenter.Locator("#presenter-page").InnerTextAsync();
        Assert.DoesNotMatch(ExportsJourneyTests.TokenMaskPattern + "|•", shared);
        Assert.DoesNotContain("Token", shared, StringComparison.OrdinalIgnoreCase);
    }
}
