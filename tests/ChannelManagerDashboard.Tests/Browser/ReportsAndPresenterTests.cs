using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// What goes to Mews, opened in Chromium: both printable reports and the presenter view meet WCAG 2.1 AA, the presenter
/// view shows the timer, the test and its newest exchange without scrolling at 1280×720, and screenshots are kept in
/// TestResults/screenshots/&lt;width&gt;/ for a person to look at.
/// </summary>
[Collection(ThirdBrowserCollection.Name)]
public sealed class ReportsAndPresenterTests(BrowserFixture browser)
{
    private AppProcess app => browser.App;

    [Fact]
    public async Task Both_reports_have_no_serious_or_critical_WCAG_violation_and_hide_their_hint_when_printed()
    {
        var projectId = await browser.AccessibleProjectAsync();
        await using var context = await browser.NewContextAsync(options: new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var found = new List<string>();

        await page.GotoAsync(new Uri(app.BaseAddress, $"/projects/{projectId}/exports/report.html").ToString());
        await Expect(page.Locator("#summary tr[data-test-id='INV-01']")).ToContainTextAsync("passed");
        await Expect(page.Locator("#overall-verdict")).ToBeVisibleAsync();
        found.AddRange(await AccessibilityTests.ViolationsAsync(page, "the certification report"));
        await ScreenshotAsync(page, 1280, "certification-report");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".print-hint")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.SetContentAsync(await ReportFiles.ReviewAsync(SampleReview()));
        await Expect(page.Locator("#checks tbody tr")).ToHaveCountAsync(9);
        found.AddRange(await AccessibilityTests.ViolationsAsync(page, "the Connector review report"));
        await ScreenshotAsync(page, 1280, "connector-review-report");

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    public async Task The_presenter_view_shows_the_timer_the_test_and_its_newest_exchange_without_scrolling(int width, int height)
    {
        var projectId = await browser.AccessibleProjectAsync();
        await using var context = await browser.NewContextAsync(options: new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/call");
        var show = page.Locator("#show-INV-01");
        if (await show.IsEnabledAsync())
            await show.ClickAsync();
        await Expect(show).ToBeDisabledAsync();

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/call/presenter");
        await Expect(page.Locator("#evidence-title")).ToContainTextAsync("INV-01");
        await Expect(page.Locator("#newest-verdict")).ToContainTextAsync("passed");

        foreach (var part in new[] { "#call-timer", "#evidence-title", "#presenter-scenario", "#newest-exchange" })
            await Expect(page.Locator(part)).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollHeight - window.innerHeight)"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"));
        // Read from across a room: the timer's figure and the test's title are large, the scenario is no smaller than body text.
        Assert.True(await FontSizeAsync(page, "#timer-figure") >= height / 16.0, "the timer's figure is too small");
        Assert.True(await FontSizeAsync(page, "#evidence-title") >= height / 30.0, "the test's title is too small");
        Assert.True(await FontSizeAsync(page, "#presenter-scenario") >= 16, "the scenario is too small");
        var found = (await AccessibilityTests.ViolationsAsync(page, $"the presenter view at {width}×{height}")).ToList();
        await ScreenshotAsync(page, width, "presenter");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static RunReview SampleReview()
    {
        var declared = DeclaredWorkflow.Parse(SampleIntegration.DeclaredJson, ConnectorCatalog.Shipped).Value!;
        var log = JsonLinesLog.Read(new StringReader(string.Join('\n', SampleIntegration.JsonLines(SampleVersion.WithMistakes))));
        var report = ConnectorReviewer.Review(log, ConnectorCatalog.Shipped, declared);
        var start = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
        var run = new ConnectorRun { Name = "Sample with mistakes", Source = RunSource.Sample, Requests = report.Requests, Complete = true, FirstRequestUtc = start, LastRequestUtc = start.AddHours(48) };
        return new RunReview(run, report, new Dictionary<int, RequestRef>(), "Accessible connector", start.AddHours(49));
    }

    private static Task<double> FontSizeAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");

    private static async Task ScreenshotAsync(IPage page, int width, string name)
    {
        var folder = Path.Combine(Repository.Root, "TestResults", "screenshots", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
