using System.Text.Json;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// Every page, filled with a real project's data, checked by axe-core (WCAG 2.1 A and AA) in light and dark mode, and
/// at 390 px wide: no serious or critical violation, no horizontal page scroll, and the navigation within reach; in light
/// mode each page is also saved as a screenshot and read for raw enum names.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, AccessibleProjectFixture project) : IClassFixture<AccessibleProjectFixture>
{
    private static readonly string AxeScript = Path.Combine(Repository.Root, "tests", "node_modules", "axe-core", "axe.min.js");

    private AppProcess app => project.App;
    private int projectId => project.ProjectId;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_page_has_no_serious_or_critical_WCAG_violation(bool dark)
    {
        await using var context = await browser.Browser.NewSignedInContextAsync(app.BaseAddress, options: new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        if (dark)
            await context.AddCookiesAsync([new() { Name = "cmd-dark-mode", Value = "true", Url = app.BaseAddress.ToString() }]);
        var page = await context.NewPageAsync();
        var found = new List<string>();

        foreach (var path in Pages)
        {
            await page.OpenAsync(app.BaseAddress, path);
            found.AddRange(await ViolationsAsync(page, path));
            if (!dark)
            {
                await ScreenshotAsync(page, 1280, path);
                found.AddRange(await RawEnumNames.OnPageAsync(page, path));
            }
        }
        foreach (var path in StaticPages)
        {
            await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            found.AddRange(await ViolationsAsync(page, path));
            if (!dark)
                await ScreenshotAsync(page, 1280, path);
        }
        foreach (var tab in new[] { "Drag and drop", "Keyboard", "Combinations" })
            found.AddRange(await OnTabAsync(page, $"/projects/{projectId}/mapping", tab));
        foreach (var tab in ConfigurationTabs)
            found.AddRange(await OnTabAsync(page, $"/projects/{projectId}/configuration", tab));

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/play-mews");
        await page.Locator("#harness-INV-01 .show-test").ClickAsync();
        await page.Locator("#run-details .exchange-toggle").First.ClickAsync();
        await Expect(page.Locator("#run-details .code-block").First).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(page, "Play Mews with a run's details open"));

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
        await page.ClickAsync("#edit-INV-02");
        found.AddRange(await ViolationsAsync(page, "the tracker with its editor open"));
        if (!dark)
            found.AddRange(await RawEnumNames.OnPageAsync(page, "the tracker with its editor open"));

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}");
        await page.ClickAsync("#archive-project");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(page, "the archive dialog"));

        Assert.True(found.Count == 0, $"In {(dark ? "dark" : "light")} mode (axe-core, and raw enum names in light mode):\n{string.Join("\n", found)}");
    }

    [Fact]
    public async Task At_390_px_every_page_fits_the_screen_and_the_navigation_is_one_tap_away()
    {
        await using var context = await browser.Browser.NewSignedInContextAsync(app.BaseAddress, options: new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        var found = new List<string>();
        foreach (var path in Pages.Concat(StaticPages))
        {
            if (StaticPages.Contains(path))
                await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            else
                await page.OpenAsync(app.BaseAddress, path);
            if (await page.EvaluateAsync<int>(SidewaysScroll) is > 0 and var excess)
                found.Add($"{path}: the page scrolls sideways by {excess} px");
            found.AddRange(await ViolationsAsync(page, $"{path} at 390 px"));
            await ScreenshotAsync(page, 390, path);
        }
        foreach (var tab in ConfigurationTabs)
        {
            found.AddRange(await OnTabAsync(page, $"/projects/{projectId}/configuration", tab));
            if (await page.EvaluateAsync<int>(SidewaysScroll) is > 0 and var excess)
                found.Add($"configuration, tab {tab}: the page scrolls sideways by {excess} px, past the edge: " + await page.EvaluateAsync<string>(ConnectorJourneyTests.Widest));
        }
        Assert.True(found.Count == 0, string.Join("\n", found));

        // 25 tests with their fields once made the call page 16,700 px tall on a phone; closed rows keep it to a few screens.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/call");
        Assert.InRange(await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"), 844, CallPageHeightAt390);

        // The drawer is closed on a phone; the menu button opens it and its links work.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
        var simulator = page.Locator("#nav-simulator");
        await Expect(simulator).Not.ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the navigation" }).ClickAsync();
        await Expect(simulator).ToBeInViewportAsync();
        await simulator.ClickAsync();
        await page.WaitForUrlAsync("/simulator$");
    }

    /// <summary>Against the layout width, not window.innerWidth: a phone zooms out to show a page that is too wide, and innerWidth grows with it.</summary>
    private const string SidewaysScroll = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    private static readonly string[] ConfigurationTabs = ["Space types", "Rate plans", "Sold combinations", "Products", "Channels", "History", "Raw JSON"];

    /// <summary>Measured at 4,550 px with every row closed (no test on screen); the bound leaves room for wording, not for open rows.</summary>
    private const int CallPageHeightAt390 = 6_000;

    /// <summary>The picture's name: the path, with this project's part said once, e.g. project-setup-P1.</summary>
    private Task ScreenshotAsync(IPage page, int width, string path)
    {
        var name = path.Trim('/').Replace($"projects/{projectId}", "project", StringComparison.Ordinal).Replace('/', '-');
        return Screenshots.SaveAsync(page, width, name.Length == 0 ? "projects" : name);
    }

    private IEnumerable<string> Pages => PagesOf(projectId);

    /// <summary>Every page of the app, those of a Channel Manager project at <paramref name="projectId"/> included.</summary>
    internal static IEnumerable<string> PagesOf(int projectId) =>
    [
        "/",
        $"/projects/{projectId}",
        .. new[] { "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9" }.Select(step => $"/projects/{projectId}/setup/{step}"),
        $"/projects/{projectId}/configuration",
        $"/projects/{projectId}/mapping",
        $"/projects/{projectId}/play-mews",
        $"/projects/{projectId}/reservations",
        $"/projects/{projectId}/tests",
        $"/projects/{projectId}/call",
        $"/projects/{projectId}/call/presenter",
        $"/projects/{projectId}/exports",
        $"/projects/{projectId}/activity",
        "/simulator",
        "/reference-cm",
        "/reference-cm/updatePrices",
        "/projects/999",
        "/no-such-page",
        "/account/users",
        "/account/teams",
    ];

    /// <summary>Signed-in pages served without a circuit (forms that renew the session cookie).</summary>
    private static readonly string[] StaticPages = ["/account/two-factor", "/account/denied"];

    [Theory]
    [InlineData(1280, false)]
    [InlineData(390, true)]
    public async Task The_signed_out_pages_have_no_serious_or_critical_WCAG_violation_and_fit_a_phone(int width, bool dark)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 844 } });
        if (dark)
            await context.AddCookiesAsync([new() { Name = "cmd-dark-mode", Value = "true", Url = app.BaseAddress.ToString() }]);
        var page = await context.NewPageAsync();
        var found = new List<string>();
        foreach (var path in new[] { "/account/login?signedOut=true", "/account/invitation?email=guest%40example.com&token=x" })
        {
            await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            if (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") is > 0 and var excess)
                found.Add($"{path}: the page scrolls sideways by {excess} px");
            found.AddRange(await ViolationsAsync(page, path));
        }
        // With the messages a refusal shows.
        await page.GotoAsync(new Uri(app.BaseAddress, "/account/login").ToString());
        await page.GetByLabel("Email").FillAsync("nobody@example.com");
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#sign-in-error")).ToBeVisibleAsync();
        found.AddRange(await ViolationsAsync(page, "the sign-in page with its error"));
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static async Task<IEnumerable<string>> OnTabAsync(IPage page, string path, string tab)
    {
        await page.OpenAsync(new Uri(page.Url), path);
        var name = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(tab)}");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = name }).ClickAsync();
        // Checked once the circuit has switched panels, not after a guessed pause.
        await Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = name, Selected = true })).ToBeVisibleAsync();
        return await ViolationsAsync(page, $"{path}, tab {tab}");
    }

    /// <returns>One line per serious or critical violation: the rule, how many elements, and the first one.</returns>
    internal static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing at {AxeScript}: run ./test.sh, which runs npm ci in tests/.");
        // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts, as it should.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id} on ${v.nodes.length} element(s), e.g. ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary.replace(/\s+/g, ' ')}`)
            """);
        return json.EnumerateArray().Select(v => $"{where}: {v.GetString()}").ToList();
    }
}

/// <summary>One app with one project that has something on every page: connected, configured, mapped, INV-01 run.</summary>
public sealed class AccessibleProjectFixture : IAsyncLifetime
{
    private readonly TempFolder data = new();

    public AppProcess App { get; private set; } = default!;
    public int ProjectId { get; private set; }

    public async Task InitializeAsync()
    {
        App = await AppProcess.StartAsync(data.Path);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewSignedInPageAsync(App.BaseAddress);
        ProjectId = await page.CreateProjectAsync(App.BaseAddress, "Accessible project", endpointBaseUrl: "");
        await page.ConnectToSimulatorAsync(App.BaseAddress, ProjectId);
        await page.ImportDemoMappingAsync(App.BaseAddress, ProjectId, data.Path);
        await page.OpenAsync(App.BaseAddress, $"/projects/{ProjectId}/play-mews");
        await page.Locator("#harness-INV-01 .run-test").ClickAsync();
        await Expect(page.Locator("#harness-INV-01")).ToHaveAttributeAsync("data-outcome", "passed");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}
