using System.Text.Json;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// Every project page of a Channel Manager and a Connector project, on a desktop with the drawer open and on a phone:
/// each page's link lies wholly in the first screen without scrolling the navigation, and the current one is marked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProjectNavigationTests(BrowserFixture browser)
{
    /// <summary>Links not wholly inside the first screen, sideways scrolling of the navigation, and which link is marked current.</summary>
    private const string Measure = """
        () => {
            const nav = document.querySelector('nav[aria-label="Project pages"]');
            const width = document.documentElement.clientWidth, height = window.innerHeight;
            const problems = [...nav.querySelectorAll('a')].filter(a => {
                const r = a.getBoundingClientRect();
                return r.width === 0 || r.left < 0 || r.top < 0 || r.right > width || r.bottom > height;
            }).map(a => `${a.textContent.trim()} is not wholly in view`);
            if (nav.scrollWidth > nav.clientWidth)
                problems.push(`the navigation scrolls sideways by ${nav.scrollWidth - nav.clientWidth} px`);
            return {
                problems,
                current: [...nav.querySelectorAll('[aria-current]')].map(a => `${a.dataset.page}=${a.getAttribute('aria-current')}`),
                height: Math.round(nav.getBoundingClientRect().height),
            };
        }
        """;

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Every_project_page_is_in_sight_and_the_current_one_is_marked(int width, int height)
    {
        var channelManager = await browser.CreateProjectAsync("Navigation CM");
        var connector = await browser.CreateProjectAsync("Navigation Connector", ProjectKind.Connector);
        await using var context = await browser.NewContextAsync(options: new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = width < 600, HasTouch = width < 600 });
        var page = await context.NewPageAsync();
        var found = new List<string>();

        foreach (var (projectId, pages) in new[] { (channelManager, 10), (connector, 3) })
        {
            await page.OpenAsync(browser.App.BaseAddress, $"/projects/{projectId}");
            if (width >= 1280)
                await Expect(page.Locator("#nav-simulator")).ToBeInViewportAsync();
            var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Project pages" }).GetByRole(AriaRole.Link);
            var targets = new List<(string Page, string Href)>();
            foreach (var link in await links.AllAsync())
                targets.Add((await link.GetAttributeAsync("data-page") ?? "", await link.GetAttributeAsync("href") ?? ""));
            Assert.Equal(pages, targets.Count);

            foreach (var (name, href) in targets)
            {
                await page.OpenAsync(browser.App.BaseAddress, "/" + href);
                var measured = await page.EvaluateAsync<JsonElement>(Measure);
                found.AddRange(measured.GetProperty("problems").EnumerateArray().Select(p => $"{href} at {width} px: {p.GetString()}"));
                Assert.Equal([$"{name}=page"], measured.GetProperty("current").EnumerateArray().Select(c => c.GetString()));
                await Expect(page.Locator($"nav[aria-label='Project pages'] [aria-current='page']")).ToBeInViewportAsync(new() { Ratio = 1 });
                // Measured 4 rows of about 33 px on a phone: the navigation takes a sixth of the screen, not half.
                Assert.InRange(measured.GetProperty("height").GetInt32(), 1, height / 4);
            }
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
