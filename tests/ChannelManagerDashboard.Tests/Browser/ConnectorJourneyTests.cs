using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// A Connector API project from nothing: pick the kind, declare a use case (it proposes its operations), load the
/// built-in sample run with mistakes, read the failing checks and open a call a finding names.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ConnectorJourneyTests(BrowserFixture browser)
{
    /// <summary>The innermost elements that reach past the viewport's right edge, to say what makes a page scroll sideways.</summary>
    internal const string Widest = """
        () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
            .slice(0, 3).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`).join(', ')
        """;

    [Fact]
    public async Task A_new_user_declares_a_use_case_imports_the_sample_run_sees_the_findings_and_opens_a_request()
    {
        var app = browser.App;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.OpenAsync(app.BaseAddress, "/");
        await page.GetByLabel("Connector API (declared workflow, 48-hour demo run, Mews' review)").CheckAsync();
        await page.GetByLabel("Project name").FillAsync("Acme Revenue – Connector certification");
        await page.GetByLabel("Mews Partner ID (INT + digits)").FillAsync("INT777");
        await page.ClickAsync("#create-project");
        await page.WaitForUrlAsync("/projects/\\d+/connector$");
        await page.WaitForInteractiveAsync();
        var projectId = int.Parse(page.Url.Split('/')[^2]);
        await Expect(page.Locator("[data-step='C2'][data-done='false']")).ToBeVisibleAsync();

        // C2: the use case proposes the operations its page documents; the declaration is saved.
        await page.ClickAsync("#use-case");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Revenue management" }).First.ClickAsync();
        await page.ClickAsync("#add-use-case");
        await Expect(page.Locator("#declared-operations [data-operation='reservations/getAll/2023-06-06']")).ToBeVisibleAsync();
        await Expect(page.Locator("#declared-use-cases")).ToContainTextAsync("Revenue management");
        await page.ClickAsync("#save-journey");
        await Expect(page.Locator("#form-text")).ToContainTextAsync("reservations/getAll/2023-06-06");
        await Expect(page.Locator("#form-text")).ToContainTextAsync("Partner ID: INT777");

        // C5: the sample run with mistakes, reviewed at once.
        await page.ClickAsync("#sample-mistakes");
        var run = page.Locator("#run-list").GetByRole(AriaRole.Link, new() { Name = "Sample revenue-management run (with mistakes)" });
        await Expect(run).ToBeVisibleAsync();
        await Expect(page.Locator("#newest-review")).ToContainTextAsync("checks pass");
        await run.ClickAsync();
        await page.WaitForUrlAsync($"/projects/{projectId}/connector/runs/\\d+$");
        await Expect(page.Locator("#run-summary")).ToContainTextAsync("of 9 checks pass");
        await Expect(page.Locator("[data-check='S9'][data-passed='false']")).ToContainTextAsync("reservations/getAll is deprecated");
        await Expect(page.Locator("[data-check='S1'][data-passed='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline-chart")).ToBeVisibleAsync();
        await Expect(page.Locator("#usage")).ToContainTextAsync("customers/getAll");

        // A finding names its calls; one opens with its time, operation, status and the body without tokens.
        var request = page.Locator("[data-check='S9'] .call-link").First;
        var label = await request.InnerTextAsync();
        await request.ClickAsync();
        await page.WaitForUrlAsync("/calls/\\d+$");
        await Expect(page.Locator("#call-title")).ToContainTextAsync("reservations/getAll");
        Assert.Contains("reservations/getAll", label);
        await Expect(page.Locator("#call-facts")).ToContainTextAsync("200");
        await Expect(page.Locator("#call-body")).ToContainTextAsync("[redacted]");
        Assert.DoesNotContain("7059D2C25BF64EA681ACAB3A00B859CC", await page.InnerTextAsync("body"));
        await page.ClickAsync("#back-to-review");
        await Expect(page.Locator("#checks")).ToBeVisibleAsync();

        // Every Connector page, light and dark, on a desktop and a 390 px phone: no serious WCAG violation, no sideways scroll.
        var runPath = new Uri(page.Url).AbsolutePath;
        (string Path, string Name)[] paths = [($"/projects/{projectId}", "connector-project"), ($"/projects/{projectId}/connector", "connector-journey"),
            (runPath, "connector-run"), ($"{runPath}/calls/0", "connector-call")];
        var found = new List<string>();
        foreach (var (width, dark) in new[] { (1280, false), (390, true) })
        {
            await using var phone = await browser.NewContextAsync(options: new() { ViewportSize = new() { Width = width, Height = 844 } });
            if (dark)
                await phone.AddCookiesAsync([new() { Name = "cmd-dark-mode", Value = "true", Url = app.BaseAddress.ToString() }]);
            var view = await phone.NewPageAsync();
            foreach (var (path, name) in paths)
            {
                await view.OpenAsync(app.BaseAddress, path);
                await Screenshots.SaveAsync(view, width, name);
                if (await view.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") is > 0 and var excess)
                    found.Add($"{path} at {width} px: the page scrolls sideways by {excess} px, past the edge: " + await view.EvaluateAsync<string>(Widest));
                found.AddRange(await AccessibilityTests.ViolationsAsync(view, $"{path} at {width} px{(dark ? ", dark" : "")}"));
                if (!dark)
                    found.AddRange(await RawEnumNames.OnPageAsync(view, path));
            }
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
