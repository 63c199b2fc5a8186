using System.Text.RegularExpressions;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>P4 and P5 against the built-in simulator, in real Chromium against the real app binary.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class MewsConnectionJourneyTests(BrowserFixture browser) : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task A_new_simulator_project_gets_its_connection_and_configuration_and_the_viewer_shows_it()
    {
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();
        var projectId = await page.CreateProjectAsync(app.BaseAddress, "Simulator journey");

        // The simulator page shows what to type.
        await page.OpenAsync(app.BaseAddress, "/simulator");
        await Expect(page.Locator("#simulator-client-token")).ToHaveTextAsync(FakeMews.ClientToken);

        // P4 with a wrong client token: the code 8 message says where the right one is.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup?step=P4");
        await page.EnterAsync("#p4-client-token", "WRONG-TOKEN-0123456789");
        await page.EnterAsync("#p4-email", FakeMews.Email);
        await Expect(page.Locator("#unsaved-changes")).ToBeVisibleAsync();
        await page.OpenStepAsync("P5");
        await page.OpenStepAsync("P4");
        await Expect(page.Locator("#p4-client-token")).ToHaveValueAsync("WRONG-TOKEN-0123456789");
        await page.ClickAsync("#p4-get-properties");
        await Expect(page.Locator("#p4-error")).ToContainTextAsync("error code 8 (invalid authentication)");
        await Expect(page.Locator("#p4-error")).ToContainTextAsync("copy it from the Simulator page");
        await Expect(page.Locator("#p4-error")).ToBeInViewportAsync();
        await Expect(page.Locator("#p4-saved-token")).ToContainTextAsync("WRON…789");
        await Expect(page.Locator("#p4-client-token")).ToHaveValueAsync("");
        await Expect(page.Locator("#unsaved-changes")).ToHaveCountAsync(0);

        // The right credentials list both connections, each with the project's own token; picking the main one ticks P4.
        await page.ClickAsync("#p4-use-simulator");
        await page.ClickAsync("#p4-get-properties");
        await Expect(page.Locator("#p4-offered tbody tr")).ToHaveCountAsync(2);
        // The later success answers the earlier attempt: its error is gone, and what came back is in view.
        await Expect(page.Locator("#p4-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("#p4-offered")).ToBeInViewportAsync();
        await Expect(page.Locator("#p4-offered")).ToContainTextAsync("sim-…");
        await Expect(page.Locator("#p4-offered")).Not.ToContainTextAsync("C90C…B43");
        await Expect(page.Locator("#p4-without")).ToContainTextAsync("Amstel Demo Apartments");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Pick CM connection - main" }).CheckAsync();
        await page.ClickAsync("#p4-use-connections");
        await Expect(page.Locator("#step-nav-P4 [data-status='Done']")).ToBeVisibleAsync();
        await Expect(page.Locator("#p4-chosen")).ToContainTextAsync("CM connection - main");

        // P5 fetches the configuration and ticks itself.
        await page.OpenStepAsync("P5");
        await page.ClickAsync("#p5-connections .p5-fetch");
        await Expect(page.Locator("#step-nav-P5 [data-status='Done']")).ToBeVisibleAsync();
        await Expect(page.Locator("#p5-connections .p5-stored")).ToContainTextAsync("Configuration of");
        await Expect(page.Locator("#p5-connections .p5-stored")).ToBeInViewportAsync();
        await page.ClickAsync("#p5-view");

        // The viewer: certification flags, kinds, packages and the matrix.
        await page.WaitForUrlAsync($"/projects/{projectId}/configuration$");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#readiness-verdict")).ToHaveTextAsync("required checks met");
        await Expect(page.Locator("#readiness")).ToContainTextAsync("6: SGL, DBL, TWN, STE, DRM6, BED8.");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Space types") }).ClickAsync();
        await Expect(page.Locator("#space-types [data-kind='Bed']")).ToHaveTextAsync("bed");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Rate plans") }).ClickAsync();
        await Expect(page.Locator("#rate-plans")).ToContainTextAsync("package: Breakfast buffet");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Sold combinations") }).ClickAsync();
        await Expect(page.Locator("#inventory-matrix td[data-rate='BB'][data-space='DBL']")).ToHaveClassAsync("cell-pushed");
        await Expect(page.Locator("#inventory-matrix td[data-rate='FF'][data-space='TRP']")).ToHaveClassAsync("cell-sold");
        await Expect(page.Locator("#inventory-matrix td[data-rate='LS7'][data-space='SGL']")).ToHaveAttributeAsync("data-sold", "false");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Channels") }).ClickAsync();
        await Expect(page.Locator("#channels")).ToContainTextAsync("Hostelworld");

        // The overview sums it up.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}");
        await Expect(page.Locator("#mews-connections")).ToContainTextAsync("1 connection picked, 1 with a fetched configuration.");
        await Expect(page.Locator("#mews-latest")).ToContainTextAsync("Required checks met.");
        await Expect(page.Locator("#mews-mapping")).ToContainTextAsync(new Regex(@"\d+ gaps? left:"));
        await Expect(page.Locator("#mews-mapping-gaps li").First).ToContainTextAsync("Map or exclude");

        // The project's own token is on its Reservations tab, for its channel manager to send bookings with.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/reservations");
        var own = await page.Locator("#process-group-token").InnerTextAsync();
        Assert.StartsWith($"sim-p{projectId}-", own);

        // No token in plain text: not in the log files, the console output or the database file.
        var written = string.Join("\n", Directory.GetFiles(data.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}keys{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => File.ReadAllText(f, System.Text.Encoding.Latin1))) + app.Output;
        Assert.Contains("getConfiguration on Mews Simulator succeeded", written);
        Assert.All(new[] { FakeMews.ClientToken, FakeMews.MainConnection, FakeMews.DeactivatedConnection, own, "WRONG-TOKEN-0123456789" },
            token => Assert.DoesNotContain(token, written));
    }
}
