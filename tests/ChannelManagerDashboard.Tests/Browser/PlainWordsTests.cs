using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// No page shows a raw enum name ("InProgress", "JsonLines", "GoLive"): every page of a filled Channel Manager project
/// and of a Connector project with the sample run loaded is read as a person reads it, and checked against every
/// compound member name of the app's enums, found by reflection so a new enum is covered without touching this test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlainWordsTests(BrowserFixture browser, AccessibleProjectFixture project) : IClassFixture<AccessibleProjectFixture>
{
    /// <summary>Mews' own field names, which the pages quote as Mews spells them; an enum member may share the spelling.</summary>
    private static readonly HashSet<string> MewsTerms = ["AccessToken", "ClientToken"];

    /// <summary>The visible text and the values shown in fields (a select shows its value in an input).</summary>
    private const string ShownText = """
        () => document.body.innerText + '\n' + [...document.querySelectorAll('input:not([type=password]):not([type=hidden]), textarea')].map(i => i.value).join('\n')
        """;

    private static readonly Regex Words = new(
        @"\b(" + string.Join("|", typeof(Counted).Assembly.GetTypes().Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetNames(t))
            .Where(name => Regex.IsMatch(name, "^[A-Z][a-z0-9]+[A-Z]") && !MewsTerms.Contains(name))
            .Distinct()) + @")\b");

    [Fact]
    public async Task No_page_of_either_kind_of_project_shows_a_raw_enum_name()
    {
        // The list is built from the app's enums: the names the issue quoted are in it.
        Assert.All(new[] { "InProgress", "JsonLines", "GoLive", "NotRun" }, name => Assert.Matches(Words, name));
        await using var context = await browser.Browser.NewSignedInContextAsync(project.App.BaseAddress);
        var page = await context.NewPageAsync();
        var found = new List<string>();
        var app = project.App.BaseAddress;

        foreach (var path in AccessibilityTests.PagesOf(project.ProjectId))
            found.AddRange(await RawNamesAsync(page, app, path));
        await page.OpenAsync(app, $"/projects/{project.ProjectId}/tests");
        await page.ClickAsync("#edit-INV-02");
        found.AddRange(await RawNamesOnPageAsync(page, "the tracker with its editor open"));

        var connector = await CreateConnectorProjectWithTheSampleAsync(page, app);
        foreach (var path in new[] { $"/projects/{connector}", $"/projects/{connector}/connector", $"/projects/{connector}/activity" })
            found.AddRange(await RawNamesAsync(page, app, path));
        await page.OpenAsync(app, $"/projects/{connector}/connector");
        await page.Locator("#run-list a").First.ClickAsync();
        await Expect(page.Locator("#checks")).ToBeVisibleAsync();
        found.AddRange(await RawNamesOnPageAsync(page, "the sample run's review"));
        await page.Locator(".call-link").First.ClickAsync();
        await Expect(page.Locator("#call-title")).ToBeVisibleAsync();
        found.AddRange(await RawNamesOnPageAsync(page, "a call of the sample run"));

        Assert.True(found.Count == 0, "Raw enum names on pages:\n" + string.Join("\n", found));
    }

    private static async Task<int> CreateConnectorProjectWithTheSampleAsync(IPage page, Uri app)
    {
        await page.OpenAsync(app, "/");
        await page.GetByLabel("Connector API (declared workflow, 48-hour demo run, Mews' review)").CheckAsync();
        await page.GetByLabel("Project name").FillAsync("Plain words – Connector");
        await page.GetByLabel("Mews Partner ID (INT + digits)").FillAsync("INT778");
        await page.ClickAsync("#create-project");
        await page.WaitForUrlAsync("/projects/\\d+/connector$");
        await page.WaitForInteractiveAsync();
        var id = int.Parse(page.Url.Split('/')[^2]);
        await page.ClickAsync("#sample-clean");
        await Expect(page.Locator("#run-list a")).ToHaveCountAsync(1);
        return id;
    }

    private static async Task<IEnumerable<string>> RawNamesAsync(IPage page, Uri app, string path)
    {
        await page.OpenAsync(app, path);
        return await RawNamesOnPageAsync(page, path);
    }

    private static async Task<IEnumerable<string>> RawNamesOnPageAsync(IPage page, string where) =>
        Words.Matches(await page.EvaluateAsync<string>(ShownText)).Select(m => m.Value).Distinct().Select(name => $"{where}: {name}").ToList();
}
