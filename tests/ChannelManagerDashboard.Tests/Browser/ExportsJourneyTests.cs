using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Formats;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// After a live INV-01 and a booked call, every export downloads and reads back, P9 ticks itself and offers the calendar
/// file, and a passed call opens the go-live checklist on the overview.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ExportsJourneyTests(BrowserFixture browser)
{
    /// <summary>What <see cref="ChannelManagerDashboard.Domain.Mews.TokenMask"/> makes of a token, e.g. "C90C…B43".</summary>
    public const string TokenMaskPattern = @"[^\s""'()…]{4}…[^\s""'()…]{3}";

    [Fact]
    public async Task The_report_matrix_and_calendar_download_and_read_back_and_a_pass_opens_the_go_live_checklist()
    {
        var app = browser.App;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var projectId = await page.CreateProjectAsync(app.BaseAddress, "Exports journey", endpointBaseUrl: "");
        await page.ConnectToSimulatorAsync(app.BaseAddress, projectId);
        await page.ImportDemoMappingAsync(app.BaseAddress, projectId, browser.DataFolder);

        // P9: the call's date, time and zone; the step ticks itself and offers the calendar file.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup/P9");
        await page.EnterAsync("#p9-call-date", "2026-12-15");
        await page.EnterAsync("#p9-call-time", "14:30");
        await page.FillAsync("#p9-time-zone", "Europe/Prague");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Europe/Prague" }).First.ClickAsync();
        // The circuit may still be applying the typed time or the picked zone when the next click arrives: save what it read back.
        await Expect(page.Locator("#p9-call-read-back")).ToHaveTextAsync("The call: Tuesday 15 December 2026 at 14:30, Europe/Prague time.");
        await page.ClickAsync("#step-save");
        await Expect(page.Locator("#step-nav-P9 [data-status='Done']")).ToBeVisibleAsync();
        var p9Calendar = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#p9-calendar"));
        Assert.EndsWith(".ics", p9Calendar.SuggestedFilename);

        // On the call: attendees, INV-01 run live and checked by a person.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/call");
        await page.FillAsync("#attendees-field", "Jana Nováková <jana@acme.example>\nMews Marketplace <marketplace@mews.example>");
        await page.ClickAsync("#save-attendees");
        await Expect(page.Locator("#attendee-list li")).ToHaveCountAsync(2);
        await page.ClickAsync("#run-INV-01");
        await Expect(page.Locator("#latest-INV-01")).ToContainTextAsync("Newest run: Passed");
        await page.Locator("#call-INV-01 input[type=checkbox]").CheckAsync();
        await Expect(page.Locator("#checked-INV-01")).ToBeVisibleAsync();

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/exports");
        var markdown = await TextOfAsync(await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-report-md")));
        Assert.Contains("# Certification report: Exports journey", markdown);
        Assert.Contains("| INV-01 | Multi-space, multi-rate availability push | passed | owner@example.com |", markdown);
        Assert.Contains("/reference-cm/updateAvailability", markdown);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        Assert.Matches("^certification-tests-exports-journey\\.csv$", csv.SuggestedFilename);
        var parsed = Csv.Parse((await TextOfAsync(csv)).TrimStart('\uFEFF'));
        Assert.True(parsed.Succeeded, parsed.Message);
        var records = parsed.Value!;
        Assert.Equal(TestMatrix.Columns, records[0].Fields);
        Assert.Equal(26, records.Count);
        Assert.Equal("passed", records.Single(r => r.Fields[0] == "INV-01").Fields[4]);

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        await using (var sheet = File.OpenRead(await xlsx.PathAsync()))
        {
            var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(25, rows.Count);
            Assert.Equal("owner@example.com", rows.Single(r => (string)r["Test"] == "INV-01")["Checked by"]);
        }

        var ics = Ical.Net.Calendar.Load(await TextOfAsync(await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-ics"))))!;
        var call = Assert.Single(ics.Events);
        Assert.Equal(("Europe/Prague", new DateTime(2026, 12, 15, 14, 30, 0)), (call.Start!.TzId, call.Start.Value));
        Assert.Equal(TimeSpan.FromMinutes(90), call.End!.Value - call.Start.Value);
        Assert.Equal(["mailto:jana@acme.example", "mailto:marketplace@mews.example"], call.Attendees.Select(a => a.Value!.ToString()));

        // The printable report opens in its own tab; it carries no token, not even masked.
        var report = await page.RunAndWaitForPopupAsync(() => page.ClickAsync("#export-report-html"));
        await Expect(report.Locator("#summary tr[data-test-id='INV-01']")).ToContainTextAsync("passed");
        Assert.DoesNotMatch(TokenMaskPattern, await report.ContentAsync());
        await report.CloseAsync();

        // The emails to Mews are ready to copy.
        await Expect(page.Locator("#export-p1-email")).ToContainTextAsync("Subject: Channel Manager API certification: Exports journey (INT777)");

        // A pass opens the go-live checklist on the overview.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/call");
        await page.Locator("#outcome-verdict").GetByText("Passed", new() { Exact = true }).ClickAsync();
        await page.ClickAsync("#record-outcome");
        await Expect(page.Locator("#outcome-message")).ToContainTextAsync("Certification passed");
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}");
        await Expect(page.Locator("#pilot-window")).ToContainTextAsync("days left to complete the pilot");
        await page.FillAsync("#prod-update-availability", "http://prod.acme.example/mews/updateAvailability");
        await page.FillAsync("#prod-update-prices", "https://prod.acme.example/mews/updatePrices");
        await page.FillAsync("#prod-update-restrictions", "https://prod.acme.example/mews/updateRestrictions");
        await page.FillAsync("#prod-confirm-booking", "https://prod.acme.example/mews/confirmGroup");
        await page.FillAsync("#prod-client-token", "PROD-8F3A2C19D4E74B6C");
        await page.ClickAsync("#save-go-live");
        await Expect(page.Locator("#go-live-items [data-item='endpoints']")).ToContainTextAsync("production endpoints must use https");
        await Expect(page.Locator("#go-live-items [data-item='token']")).ToHaveAttributeAsync("data-done", "true");
        await Expect(page.Locator("#prod-token-kept")).ToContainTextAsync("PROD…B6C");
        await Expect(page.Locator("#prod-update-availability")).ToHaveValueAsync("http://prod.acme.example/mews/updateAvailability");
        // The checklist, the pilot window and the change log meet WCAG 2.1 AA too (the shared page check sees them closed).
        await page.FillAsync("#change-text", "Added restrictions for closed-to-departure");
        await page.ClickAsync("#add-change");
        await page.Locator("#change-log li").First.GetByText("Yes", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("#recertification-due")).ToContainTextAsync("Added restrictions for closed-to-departure");
        var found = (await AccessibilityTests.ViolationsAsync(page, "the overview after a pass")).ToList();
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/call");
        await page.Locator("#outcome-verdict").GetByText("Failed", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("#outcome-fail-warning")).ToBeVisibleAsync();
        found.AddRange(await AccessibilityTests.ViolationsAsync(page, "the call page with an outcome being recorded"));
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static async Task<string> TextOfAsync(IDownload download) => await File.ReadAllTextAsync(await download.PathAsync());
}
