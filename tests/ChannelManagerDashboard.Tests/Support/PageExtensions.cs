using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Support;

public static class PageExtensions
{
    /// <summary>Opens a page and waits until the Blazor circuit is live (prerendered HTML is not clickable yet).</summary>
    public static async Task OpenAsync(this IPage page, Uri baseAddress, string path)
    {
        await page.GotoAsync(new Uri(baseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        Expect(page.Locator("main[data-interactive='true']")).ToBeVisibleAsync();

    /// <summary>Types into a text field and leaves it, as a person moves on to the next field.</summary>
    public static async Task EnterAsync(this IPage page, string selector, string value)
    {
        var box = page.Locator(selector);
        await box.FillAsync(value);
        await box.PressAsync("Tab");
    }

    /// <summary>
    /// Opens a preparation step from the step list and waits until it is the current one: a step's fields can look
    /// alike before and after, and a click on the step being replaced is lost.
    /// </summary>
    public static async Task OpenStepAsync(this IPage page, string code)
    {
        await page.ClickAsync($"#step-nav-{code}");
        await Expect(page.Locator($"#step-nav-{code}[aria-current='step']")).ToBeVisibleAsync();
    }

    /// <summary>Creates a project through the form and returns its id; the page ends on the project's setup.</summary>
    /// <param name="endpointBaseUrl">Empty leaves the field blank (a Simulator project then uses the reference CM).</param>
    public static async Task<int> CreateProjectAsync(this IPage page, Uri baseAddress, string name, string endpointBaseUrl = "http://127.0.0.1:9/cm")
    {
        await page.OpenAsync(baseAddress, "/");
        // By label, as a person finds the fields (and proof the labels are tied to their inputs).
        await page.GetByLabel("Project name").FillAsync(name);
        await page.GetByLabel("Mews Partner ID (INT + digits)").FillAsync("INT777");
        if (endpointBaseUrl.Length > 0)
            await page.EnterAsync("#endpoint-base-url", endpointBaseUrl);
        await page.ClickAsync("#create-project");
        try
        {
            await page.WaitForUrlAsync("/projects/\\d+/setup$");
        }
        catch (PlaywrightException ex)
        {
            // Say what the page showed instead: a field error, a dialog, or a lost connection.
            throw new TimeoutException($"The project was not created. The page at {page.Url} shows:\n{await page.InnerTextAsync("body")}", ex);
        }
        await page.WaitForInteractiveAsync();
        return int.Parse(page.Url.Split('/')[^2]);
    }

    /// <summary>P4 and P5 against the built-in simulator: picks the main connection and fetches its configuration.</summary>
    public static async Task ConnectToSimulatorAsync(this IPage page, Uri baseAddress, int projectId)
    {
        await page.OpenAsync(baseAddress, $"/projects/{projectId}/setup/P4");
        await page.ClickAsync("#p4-use-simulator");
        await page.ClickAsync("#p4-get-properties");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this one: CM connection - main" }).ClickAsync();
        await Expect(page.Locator("#step-nav-P4 [data-status='Done']")).ToBeVisibleAsync();
        await page.OpenStepAsync("P5");
        await page.ClickAsync("#p5-connections .p5-fetch");
        await Expect(page.Locator("#step-nav-P5 [data-status='Done']")).ToBeVisibleAsync();
    }

    /// <summary>Drags like a person and drops.</summary>
    public static async Task DragAsync(this IPage page, ILocator source, ILocator target)
    {
        await page.StartDragAsync(source, target);
        await page.Mouse.UpAsync();
    }

    /// <summary>
    /// Picks up <paramref name="source"/> and holds it over <paramref name="target"/>, ready to drop with the mouse up.
    /// The target is hovered twice, near its top-left corner, so the zone sees dragenter and dragover: a zone grows
    /// with its cards, and its middle may be off screen. It is brought to the middle of the screen first: Playwright
    /// scrolls an element hidden under the sticky coverage bar, and a scroll with the button held cancels the drag.
    /// </summary>
    public static async Task StartDragAsync(this IPage page, ILocator source, ILocator target)
    {
        var corner = new LocatorHoverOptions { Position = new() { X = 12, Y = 12 } };
        await target.EvaluateAsync("zone => zone.scrollIntoView({ block: 'center' })");
        await source.HoverAsync();
        await page.Mouse.DownAsync();
        await target.HoverAsync(corner);
        await target.HoverAsync(corner);
    }

    /// <summary>
    /// Waits until the address matches <paramref name="pattern"/>, polling: Blazor navigates inside the page, so the load
    /// event a WaitForURL waits for may never come.
    /// </summary>
    public static Task WaitForUrlAsync(this IPage page, string pattern) => Expect(page).ToHaveURLAsync(new Regex(pattern));

    /// <summary>Opens a MudSelect by its input's id and chooses the option whose text starts with <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(this IPage page, string inputId, string option)
    {
        await page.Locator($"#{inputId}").Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-select ')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(option)) }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>The message a text field shows under itself when what it holds is refused.</summary>
    public static ILocator FieldError(this IPage page, string inputId) =>
        page.Locator($"#{inputId}").Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-input-control ')][1]").Locator(".mud-input-helper-text.mud-input-error");

    public static ILocator TestRow(this IPage page, string testId) =>
        page.Locator("tr", new() { Has = page.Locator($"[data-test-id='{testId}']") });
}
