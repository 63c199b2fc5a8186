using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>What a new user does first, in real Chromium against the real app binary, across an app restart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreparationJourneyTests(BrowserFixture browser) : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    /// <summary>
    /// A person types the call's time, pauses, then moves on, while the page redraws for the date just picked (the
    /// browser's zone answering slowly). The time field used to be switched on by the date, and such a redraw wiped what
    /// was typed into it: about one try in three, so three tries.
    /// </summary>
    [Fact]
    public async Task A_time_typed_and_paused_over_while_the_page_redraws_is_kept()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var projectId = await page.CreateProjectAsync(browser.App.BaseAddress, $"Paused time {attempt}", endpointBaseUrl: "");
            await page.OpenAsync(browser.App.BaseAddress, $"/projects/{projectId}/setup/P9");
            await page.EvaluateAsync("() => { const zone = window.dashboard.timeZone; window.dashboard.timeZone = () => new Promise(r => setTimeout(() => r(zone()), 300)); }");

            await page.EnterAsync("#p9-call-date", "2026-12-15");
            await page.Locator("#p9-call-time").FillAsync("14:30");
            await page.WaitForTimeoutAsync(700);
            await page.Locator("#p9-call-time").PressAsync("Tab");

            await Expect(page.Locator("#p9-call-read-back")).ToContainTextAsync("15 December 2026 at 14:30");
            await Expect(page.Locator("#p9-call-time")).ToHaveValueAsync("14:30");
        }
    }

    [Fact]
    public async Task Create_a_project_fill_P1_and_P2_restart_and_track_a_failed_test()
    {
        int projectId;
        await using (var app = await AppProcess.StartAsync(data.Path))
        {
            await using var context = await browser.NewContextAsync(app);
            var page = await context.NewPageAsync();
            await page.OpenAsync(app.BaseAddress, "/");
            await Expect(page.Locator("#no-projects")).ToBeVisibleAsync();

            // A wrong Partner ID is refused with a message that says what a right one looks like.
            await page.EnterAsync("#project-name", "Acme CM certification");
            await page.EnterAsync("#partner-id", "ACME-1");
            await page.ClickAsync("#create-project");
            await Expect(page.FieldError("partner-id")).ToContainTextAsync("INT followed by digits");
            await Expect(page.Locator("#project-name")).ToHaveValueAsync("Acme CM certification");

            await page.EnterAsync("#partner-id", "INT424242");
            await page.EnterAsync("#pilot-property", "Hotel Pilot Amsterdam");
            await page.EnterAsync("#endpoint-base-url", "https://cm.example.com/mews");
            await page.ClickAsync("#create-project");
            await page.WaitForUrlAsync("/projects/\\d+/setup$");
            projectId = int.Parse(page.Url.Split('/')[^2]);
            await page.WaitForInteractiveAsync();

            // P1: marking done is refused until the technical details are there.
            await Expect(page.Locator("#step-panel-P1")).ToBeVisibleAsync();
            await page.ClickAsync("#step-done");
            await Expect(page.Locator("#step-refusal")).ToContainTextAsync("technical details");
            await page.EnterAsync("#p1-technical-details", "ARI for availability, prices and restrictions; bookings with gross prices.");
            await page.EnterAsync("#p1-partner-id", "INT42X");
            await Expect(page.FieldError("p1-partner-id")).ToContainTextAsync("'INT42X' is not a Mews Partner ID");
            await page.ClickAsync("#step-done");
            // The refusal is said once, on the field it is about, and the step says it stays as it was.
            await Expect(page.FieldError("p1-partner-id")).ToContainTextAsync("The previous Partner ID (INT424242) is kept");
            await Expect(page.GetByText("The previous Partner ID (INT424242) is kept")).ToHaveCountAsync(1);
            await Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("P1 stays in progress; it is not marked done.");
            await Expect(page.Locator("#p1-partner-id")).ToHaveValueAsync("INT42X");
            await Expect(page.Locator("#step-nav-P1 [data-unsaved='true']")).ToBeVisibleAsync();
            await page.EnterAsync("#p1-partner-id", "INT424242");
            await page.EnterAsync("#step-notes", "Asked Mews for a demo property on Monday.");
            await page.ClickAsync("#step-done");
            await Expect(page.Locator("#step-nav-P1 [data-status='Done']")).ToBeVisibleAsync();

            // P2: the URLs came from the base; a plain-http URL is explained and blocks "done".
            await page.OpenStepAsync("P2");
            await Expect(page.Locator("#p2-update-prices")).ToHaveValueAsync("https://cm.example.com/mews/updatePrices");
            await Expect(page.Locator("#p2-change-notification")).ToHaveValueAsync("https://cm.example.com/mews/changeNotificaton");
            await page.EnterAsync("#p2-update-prices", "http://cm.example.com/mews/updatePrices");
            await Expect(page.FieldError("p2-update-prices")).ToContainTextAsync("HTTPS only");
            await page.ClickAsync("#step-done");
            await Expect(page.Locator("#step-refusal")).ToContainTextAsync("Update prices");
            await Expect(page.Locator("#step-nav-P2 [data-status='InProgress']")).ToBeVisibleAsync();
            // A new base moves the URLs still on their default path; the one with a path of its own stays.
            await page.EnterAsync("#p2-update-prices", "https://prices.example.com/ari/prices");
            await page.EnterAsync("#p2-base-url", "https://cm2.example.com/mews");
            await page.ClickAsync("#p2-fill-defaults");
            // The URL pointed elsewhere is named before anything resets it; keeping it leaves it as typed.
            await Expect(page.Locator("#dialog-list")).ToContainTextAsync("Update prices: https://prices.example.com/ari/prices → https://cm2.example.com/mews/updatePrices");
            await page.ClickAsync("#dialog-cancel");
            await Expect(page.Locator("#p2-defaults-status")).ToContainTextAsync("1 kept as typed");
            await Expect(page.Locator("#p2-update-availability")).ToHaveValueAsync("https://cm2.example.com/mews/updateAvailability");
            await Expect(page.Locator("#p2-update-prices")).ToHaveValueAsync("https://prices.example.com/ari/prices");
            // Valid URLs are not enough: P2 is done once they answer the probe, and these hosts are not on this machine.
            await page.ClickAsync("#step-done");
            await Expect(page.Locator("#step-refusal")).ToContainTextAsync("Update availability: probe it");
            await Expect(page.Locator("#p2-probe-list [data-operation='updatePrices']")).ToContainTextAsync("not probed at this URL yet");
            // The probe answers under its button, in view.
            await page.ClickAsync("#p2-probe");
            await Expect(page.Locator("#p2-probe-status")).ToContainTextAsync("answered right");
            await Expect(page.Locator("#p2-probe-status")).ToBeInViewportAsync();
            await Expect(page.Locator("#step-nav-P2 [data-status='InProgress']")).ToBeVisibleAsync();
            await Expect(page.Locator("#setup-progress")).ToContainTextAsync("1/9");
        }

        await using (var app = await AppProcess.StartAsync(data.Path))
        {
            await using var context = await browser.NewContextAsync(app);
            var page = await context.NewPageAsync();
            await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}");
            await Expect(page.Locator("#preparation-progress")).ToContainTextAsync("1/9 steps done");
            await Expect(page.Locator("#next-step")).ToContainTextAsync("P2");

            await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup?step=P1");
            await Expect(page.Locator("#p1-technical-details")).ToHaveValueAsync("ARI for availability, prices and restrictions; bookings with gross prices.");
            await Expect(page.Locator("#step-notes")).ToHaveValueAsync("Asked Mews for a demo property on Monday.");
            await page.OpenStepAsync("P2");
            await Expect(page.Locator("#p2-update-prices")).ToHaveValueAsync("https://prices.example.com/ari/prices");
            await Expect(page.Locator("#p2-confirm-booking")).ToHaveValueAsync("https://cm2.example.com/mews/confirmGroup");
            await Expect(page.Locator("#step-nav-P2 [data-status='InProgress']")).ToBeVisibleAsync();

            // Record a failure with a note; it shows in the "failed or not run" view, a passed test does not.
            await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
            await RecordAsync(page, "INV-01", "passed", "");
            await RecordAsync(page, "ERR-03", "failed", "Our CM answered code 6 instead of 10 for ZZZ.");
            await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests?filter=open");
            await Expect(page.TestRow("ERR-03")).ToContainTextAsync("Our CM answered code 6 instead of 10 for ZZZ.");
            await Expect(page.TestRow("ERR-03").Locator("[data-status='Failed']")).ToBeVisibleAsync();
            await Expect(page.TestRow("INV-01")).ToHaveCountAsync(0);
            await Expect(page.TestRow("INV-02")).ToHaveCountAsync(1);
            await Expect(page.Locator("#tracker-counts")).ToContainTextAsync("1 passed · 1 failed");
        }
    }

    private static async Task RecordAsync(IPage page, string testId, string status, string notes)
    {
        await page.ClickAsync($"#edit-{testId}");
        await Expect(page.Locator("#test-editor")).ToContainTextAsync(testId);
        // The editor opens under its row, in view, with focus in it; after Save focus is back on the row.
        await Expect(page.Locator("#test-editor")).ToBeInViewportAsync();
        await Expect(page.Locator("#test-editor")).ToBeFocusedAsync();
        await page.ChooseAsync("test-status", status);
        if (notes.Length > 0)
            await page.EnterAsync("#test-notes", notes);
        await page.ClickAsync("#test-save");
        await Expect(page.Locator("#test-editor")).ToHaveCountAsync(0);
        await Expect(page.Locator($"#edit-{testId}")).ToBeFocusedAsync();
        await Expect(page.TestRow(testId).Locator($"[data-status]")).ToContainTextAsync(status);
    }
}
