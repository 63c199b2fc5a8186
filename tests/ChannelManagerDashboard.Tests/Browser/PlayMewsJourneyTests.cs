using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>Play Mews in real Chromium: INV-01 passes against the built-in reference CM, then fails with its reason against a faulty endpoint.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PlayMewsJourneyTests(BrowserFixture browser) : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task INV_01_passes_against_the_reference_CM_and_fails_with_the_reason_once_availability_points_at_a_faulty_endpoint()
    {
        // The faulty endpoint listens on another loopback port, which only the setting opens; the reference CM needs none.
        await using var app = await AppProcess.StartAsync(data.Path, new Dictionary<string, string> { ["PlayMews__AllowLoopback"] = "true" });
        await using var faulty = await LoopbackServer.StartAsync(web =>
            web.MapPost("/cm/updateAvailability", () => Results.Content("<!DOCTYPE html><html><body>Down for maintenance</body></html>", "text/html")));
        await using var context = await browser.Browser.NewSignedInContextAsync(app.BaseAddress);
        var page = await context.NewPageAsync();

        // A new Simulator project with no base URL points at the reference channel manager.
        var projectId = await page.CreateProjectAsync(app.BaseAddress, "Play Mews journey", endpointBaseUrl: "");
        await page.ConnectToSimulatorAsync(app.BaseAddress, projectId);
        await page.ImportDemoMappingAsync(app.BaseAddress, projectId, data.Path);

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/play-mews");
        await Expect(page.Locator("#play-mews-endpoints")).ToContainTextAsync(new Uri(app.BaseAddress, "/reference-cm/updateAvailability").ToString());
        await Expect(page.Locator("#play-mews-scope")).ToContainTextAsync("23 mapped combinations");
        var row = page.Locator("#harness-INV-01");
        await row.Locator(".run-test").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-outcome", "passed");
        await Expect(page.Locator("#run-verdict")).ToContainTextAsync("Still check by hand: The availability shows in your extranet");
        await Expect(page.Locator("#run-facts")).ToContainTextAsync("availability for 6 space types, 30 nights");
        // The report downloads (it does not open a tab) under a name that says what it is.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#run-report"));
        Assert.Matches("^play-mews-INV-01-run-\\d+-\\d{8}-\\d{4}\\.json$", download.SuggestedFilename);
        Assert.Single(context.Pages);

        // A second automatic pass: the tracker confirms both checks at once, after listing what each one attests.
        var prices = page.Locator("#harness-INV-02");
        await prices.Locator(".run-test").ClickAsync();
        await Expect(prices).ToHaveAttributeAsync("data-outcome", "passed");
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
        await page.ClickAsync("#confirm-all");
        await Expect(page.Locator("#dialog-list li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#dialog-list")).ToContainTextAsync("INV-02 · Gross rate push: The grossAmount values show in your extranet");
        await page.ClickAsync("#dialog-confirm");
        await Expect(page.Locator("#bulk-status")).ToContainTextAsync("2 checks confirmed");
        await Expect(page.Locator("#bulk-status")).ToBeInViewportAsync();
        await Expect(page.TestRow("INV-02").Locator("[data-needs-check='true']")).ToHaveCountAsync(0);

        // The same test against an endpoint that answers an HTML maintenance page.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup/P2");
        await page.EnterAsync("#p2-update-availability", new Uri(faulty.BaseAddress, "/cm/updateAvailability").ToString());
        await page.ClickAsync("#step-save");
        await Expect(page.Locator("#step-updated")).ToBeVisibleAsync();
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/play-mews");
        await row.Locator(".run-test").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-outcome", "failed");
        await Expect(row.Locator(".harness-summary")).ToContainTextAsync("not JSON");
        await Expect(page.Locator("#run-verdict")).ToContainTextAsync("starts with \"<!DOCTYPE html>");
        await Expect(page.Locator("#run-history tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#run-history tbody tr").Nth(1).Locator(".harness-outcome")).ToHaveAttributeAsync("data-outcome", "passed");

        // Failures only hides what passed; the tracker carries the verdict.
        await page.GetByText("Failures only").ClickAsync();
        await Expect(page.Locator("#harness-tests tbody tr")).ToHaveCountAsync(1);
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
        await Expect(page.TestRow("INV-01").Locator("[data-status='Failed']")).ToBeVisibleAsync();
        await Expect(page.TestRow("INV-01")).ToContainTextAsync("The body is not JSON");

        // The harness's lines carry the project, the run and the test as properties, for filtering in a log store; the file
        // lists those the message does not already name.
        var logged = File.ReadAllLines(Assert.Single(Directory.GetFiles(Path.Combine(data.Path, "logs"))));
        var verdicts = logged.Where(l => l.Contains($"Play Mews INV-01 in project {projectId}:")).ToList();
        Assert.Equal(2, verdicts.Count);
        var runIds = verdicts.Select(line => System.Text.RegularExpressions.Regex.Match(line, "\"RunId\":\"([0-9a-f]{12})\"").Groups[1].Value).ToList();
        Assert.All(runIds, id => Assert.Equal(12, id.Length));
        Assert.NotEqual(runIds[0], runIds[1]);
    }
}
