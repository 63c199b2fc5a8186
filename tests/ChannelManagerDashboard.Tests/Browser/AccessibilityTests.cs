using System.Text.Json;
using Layout = ChannelManagerDashboard.Components.Layout;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// Every page, filled with a real project's data, checked by axe-core (WCAG 2.1 A and AA) in light and dark mode, and
/// at 390 px wide: no serious or critical violation, no horizontal page scroll, and the navigation within reach; in light
/// mode each page is also saved as a screenshot and read for raw enum names.
/// </summary>
[Collection(ThirdBrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string AxeScript = Path.Combine(Repository.Root, "tests", "node_modules", "axe-core", "axe.min.js");

    private AppProcess app => browser.App;

    /// <summary>Each page and state is opened once and checked in both colour schemes: the layout's own switch changes them in place.</summary>
    [Fact]
    public async Task Every_page_has_no_serious_or_critical_WCAG_violation_in_light_and_dark_mode()
    {
        var projectId = await browser.AccessibleProjectAsync();
        await using var context = await browser.NewContextAsync(options: new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var found = new List<string>();

        foreach (var path in PagesOf(projectId))
        {
            await page.OpenAsync(app.BaseAddress, path);
            found.AddRange(await InBothSchemesAsync(page, path, async () =>
            {
                await ScreenshotAsync(page, 1280, projectId, path);
                return await RawEnumNames.OnPageAsync(page, path);
            }));
        }
        foreach (var path in StaticPages)
        {
            await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            found.AddRange(await InBothSchemesAsync(page, path, async () =>
            {
                await ScreenshotAsync(page, 1280, projectId, path);
                return [];
            }));
        }
        foreach (var tab in new[] { "Drag and drop", "Keyboard", "Combinations" })
            found.AddRange(await OnTabAsync(page, $"/projects/{projectId}/mapping", tab, (tabPage, where) => InBothSchemesAsync(tabPage, where)));
        foreach (var tab in PropertyProfileTabs)
            found.AddRange(await OnTabAsync(page, $"/projects/{projectId}/configuration", tab, (tabPage, where) => InBothSchemesAsync(tabPage, where)));

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/play-mews");
        await page.Locator("#harness-INV-01 .show-test").ClickAsync();
        await page.Locator("#run-details .exchange-toggle").First.ClickAsync();
        await Expect(page.Locator("#run-details .code-block").First).ToBeVisibleAsync();
        found.AddRange(await InBothSchemesAsync(page, "Play Mews with a run's details open"));

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
        await page.ClickAsync("#edit-INV-02");
        found.AddRange(await InBothSchemesAsync(page, "the tracker with its editor open",
            () => RawEnumNames.OnPageAsync(page, "the tracker with its editor open")));

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}");
        await page.ClickAsync("#archive-project");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        found.AddRange(await InBothSchemesAsync(page, "the archive dialog"));

        Assert.True(found.Count == 0, $"In light and dark mode (axe-core, and raw enum names in light mode):\n{string.Join("\n", found)}");
    }

    [Fact]
    public async Task At_390_px_every_page_fits_the_screen_and_the_navigation_is_one_tap_away()
    {
        var projectId = await browser.AccessibleProjectAsync();
        await using var context = await browser.NewContextAsync(options: new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        var found = new List<string>();
        foreach (var path in PagesOf(projectId).Concat(StaticPages))
        {
            if (StaticPages.Contains(path))
                await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            else
                await page.OpenAsync(app.BaseAddress, path);
            if (await page.EvaluateAsync<int>(SidewaysScroll) is > 0 and var excess)
                found.Add($"{path}: the page scrolls sideways by {excess} px");
            found.AddRange(await ViolationsAsync(page, $"{path} at 390 px"));
            await ScreenshotAsync(page, 390, projectId, path);
        }
        foreach (var tab in PropertyProfileTabs)
        {
            found.AddRange(await OnTabAsync(page, $"/projects/{projectId}/configuration", tab, ViolationsAsync));
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

    private static readonly string[] PropertyProfileTabs = ["Space types", "Rate plans", "Sold combinations", "Products", "Channels", "History", "Raw JSON"];

    /// <summary>Measured at 4,550 px with every row closed (no test on screen); the bound leaves room for wording, not for open rows.</summary>
    private const int CallPageHeightAt390 = 6_000;

    /// <summary>The picture's name: the path, with this project's part said once, e.g. project-setup-P1.</summary>
    private static Task ScreenshotAsync(IPage page, int width, int projectId, string path)
    {
        var name = path.Trim('/').Replace($"projects/{projectId}", "project", StringComparison.Ordinal).Replace('/', '-');
        return Screenshots.SaveAsync(page, width, name.Length == 0 ? "projects" : name);
    }

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
        "/account/users",
        "/account/teams",
    ];

    /// <summary>Signed-in pages served without a circuit (forms that renew the session cookie, and the not-found page).</summary>
    private static readonly string[] StaticPages = ["/account/two-factor", "/account/denied", "/no-such-page"];

    [Theory]
    [InlineData(1280, false)]
    [InlineData(390, true)]
    public async Task The_signed_out_pages_have_no_serious_or_critical_WCAG_violation_and_fit_a_phone(int width, bool dark)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 844 } });
        if (dark)
            await context.AddCookiesAsync([DarkCookie(app.BaseAddress, true)]);
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

    private static async Task<IEnumerable<string>> OnTabAsync(IPage page, string path, string tab, Func<IPage, string, Task<IEnumerable<string>>> check)
    {
        await page.OpenAsync(new Uri(page.Url), path);
        var name = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(tab)}");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = name }).ClickAsync();
        // Checked once the circuit has switched panels, not after a guessed pause.
        await Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = name, Selected = true })).ToBeVisibleAsync();
        return await check(page, $"{path}, tab {tab}");
    }

    /// <summary>
    /// The page's violations as it is and in the other colour scheme, marked "(dark)" in dark mode; <paramref name="inLight"/>
    /// adds what is checked in light mode only.
    /// </summary>
    private static async Task<IEnumerable<string>> InBothSchemesAsync(IPage page, string where, Func<Task<IEnumerable<string>>>? inLight = null)
    {
        var found = new List<string>();
        foreach (var switched in new[] { false, true })
        {
            if (switched)
                await SwitchSchemeAsync(page);
            var dark = await IsDarkAsync(page);
            found.AddRange(await ViolationsAsync(page, dark ? $"{where} (dark)" : where));
            if (!dark && inLight is not null)
                found.AddRange(await inLight());
        }
        return found;
    }

    /// <summary>
    /// By the layout's own button where the page has one, so an open dialog, tab or editor stays open; dispatched, as an
    /// open dialog's overlay covers it. Elsewhere (the presenter view, pages without a circuit) by the cookie and a reload.
    /// </summary>
    private static async Task SwitchSchemeAsync(IPage page)
    {
        var toggle = page.Locator("#dark-mode-toggle");
        if (await toggle.CountAsync() == 1)
        {
            var label = await toggle.GetAttributeAsync("aria-label") ?? "";
            await toggle.DispatchEventAsync("click");
            await Expect(toggle).Not.ToHaveAttributeAsync("aria-label", label);
        }
        else
        {
            var interactive = await page.Locator("main[data-interactive='true']").CountAsync() > 0;
            await page.Context.AddCookiesAsync([DarkCookie(new Uri(page.Url), !await IsDarkAsync(page))]);
            await page.ReloadAsync();
            if (interactive)
                await page.WaitForInteractiveAsync();
        }
        // axe reads the colours once they have finished changing.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
    }

    private static async Task<bool> IsDarkAsync(IPage page) =>
        (await page.Context.CookiesAsync([page.Url])).Any(c => c.Name == Layout.ColorScheme.Cookie && c.Value == "true");

    private static Cookie DarkCookie(Uri address, bool dark) => new() { Name = Layout.ColorScheme.Cookie, Value = dark ? "true" : "false", Url = new Uri(address, "/").ToString() };

    /// <returns>One line per serious or critical violation: the rule, how many elements, and the first one.</returns>
    internal static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing at {AxeScript}: run ./test.sh, which runs npm ci in tests/.");
        // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts, as it should.
        // A page switched in place keeps it. Only violations are read, so axe spares the details (selector, markup) of
        // every element that passes; every rule still runs on every element.
        if (!await page.EvaluateAsync<bool>("() => typeof axe === 'object'"))
            await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        // Colours are read once every transition has ended: a button fading from disabled to enabled is, for 250 ms,
        // a blend of both (#6786ab between grey and the primary), which is no colour the page shows. Endless animations
        // (spinners) are left running.
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
                await Promise.all(document.getAnimations()
                    .filter(a => a.effect?.getComputedTiming().iterations !== Infinity)
                    .map(a => a.finished.catch(() => null)));
                return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id} on ${v.nodes.length} element(s), e.g. ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary.replace(/\s+/g, ' ')}`);
            }
            """);
        return json.EnumerateArray().Select(v => $"{where}: {v.GetString()}").ToList();
    }
}
