using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>P6 in real Chromium: catalog, drag and drop, keyboard-only mapping, undo, reload and a second browser's conflicting edit.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class MappingEditorJourneyTests(BrowserFixture browser)
{
    private const string Catalog = """
        kind,code,name
        room,R-SGL,Single
        room,R-DBL,Double
        room,R-TWN,Twin
        room,R-STE,Suite
        room,R-DRM,Dorm (6 beds)
        room,R-BED,Dorm bed
        rate,FLEX,Flexible
        rate,NONREF,Non-refundable
        rate,BRKF,Bed and breakfast
        rate,NETRATE,Net rate
        rate,LONG,Long stay
        """;

    [Fact]
    public async Task A_team_maps_every_pushed_combination_by_drag_and_drop_and_keyboard_and_a_stale_browser_gets_the_conflict_message()
    {
        var app = browser.App;
        await using var aliceContext = await browser.NewContextAsync();
        var page = await aliceContext.NewPageAsync();
        var projectId = await page.CreateProjectAsync(app.BaseAddress, "Mapping journey");
        await page.ConnectToSimulatorAsync(app.BaseAddress, projectId);

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/mapping");
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("0 of 23");
        await Expect(page.Locator("#catalog-rooms")).ToBeVisibleAsync();

        // A bad paste is refused whole, and the text stays for fixing.
        await page.GetByText("Import many codes at once (CSV or JSON)").ClickAsync();
        // The button comes alive once the circuit holds the pasted text; a click before that would import what it held.
        var importPasted = page.Locator("#catalog-import-pasted");
        await Expect(importPasted).ToBeDisabledAsync();
        await page.FillAsync("#catalog-paste", "kind,code,name\nroom,R-SGL,Single\nsuite,R-X,Wrong kind\nroom,R-SGL,Again");
        await Expect(importPasted).ToBeEnabledAsync();
        await importPasted.ClickAsync();
        await Expect(page.Locator("#catalog-errors")).ToContainTextAsync("Line 3: the kind is 'suite'");
        await Expect(page.Locator("#catalog-errors")).ToContainTextAsync("Line 4: room code R-SGL appears twice (also Line 2)");
        await Expect(page.Locator("#catalog-rooms td[data-code]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#catalog-paste")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("suite,R-X"));

        await page.FillAsync("#catalog-paste", "");
        await Expect(importPasted).ToBeDisabledAsync();
        await page.FillAsync("#catalog-paste", Catalog);
        await Expect(importPasted).ToBeEnabledAsync();
        await importPasted.ClickAsync();
        await Expect(page.Locator(".mapping-status")).ToContainTextAsync("11 codes added");
        await Expect(page.Locator("#catalog-rooms td[data-code]")).ToHaveCountAsync(6);
        await Expect(page.Locator("#catalog-rates td[data-code]")).ToHaveCountAsync(5);

        // Real drag and drop: a space type onto a CM room, a rate plan onto a CM rate; the meter moves.
        await OpenTabAsync(page, "Drag and drop");
        await page.DragAsync(page.Locator("#board-room .board-item[data-item='DBL']"), page.Locator("#board-room .board-zone[data-zone='R-DBL']"));
        await Expect(page.Locator("#board-room .board-zone[data-zone='R-DBL'] .board-item[data-item='DBL']")).ToBeVisibleAsync();
        await page.DragAsync(page.Locator("#board-rate .board-item[data-item='FF']"), page.Locator("#board-rate .board-zone[data-zone='FLEX']"));
        await Expect(page.Locator("#board-rate .board-zone[data-zone='FLEX'] .board-item[data-item='FF']")).ToBeVisibleAsync();
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("1 of 23");

        // A second space type cannot go onto a room that already has one: the drop is refused, nothing moves, and the board says why.
        await page.DragAsync(page.Locator("#board-room .board-item[data-item='TWN']"), page.Locator("#board-room .board-zone[data-zone='R-DBL']"));
        await Expect(page.Locator("#board-room .board-unmapped .board-item[data-item='TWN']")).ToBeVisibleAsync();
        await Expect(page.Locator(".mapping-status[data-failed='true']")).ToContainTextAsync("CM room R-DBL already receives Mews space type DBL");
        await OpenTabAsync(page, "Combinations");
        await Expect(page.Locator("#combination-matrix tr[data-rate='FF'] td[data-space='DBL']")).ToHaveClassAsync("cell-pushed");
        await Expect(page.Locator("#combination-matrix tr[data-rate='FF'] td[data-space='TWN']")).ToHaveClassAsync("cell-gap");

        // Keyboard only: focus each list, move with the arrow keys, choose with Enter. Moving saves nothing; the choice does.
        await OpenTabAsync(page, "Keyboard");
        // Codes already taken are disabled options, which the arrow keys skip: one step down reaches the next free code.
        foreach (var (item, code) in new[] { ("SGL", "R-SGL"), ("TWN", "R-TWN"), ("STE", "R-STE"), ("DRM6", "R-DRM"), ("BED8", "R-BED") })
            await PickWithKeyboardAsync(page, $"#pick-room-{item}", code);
        foreach (var (item, code) in new[] { ("NR", "NONREF"), ("BB", "BRKF"), ("NET", "NETRATE"), ("LS7", "LONG") })
            await PickWithKeyboardAsync(page, $"#pick-rate-{item}", code);
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("23 of 23");
        await Expect(page.Locator("#coverage-verdict")).ToHaveTextAsync("P6 complete");
        await Expect(page.Locator(".mapping-status")).ToContainTextAsync("P6 is done.");

        // Undo takes the last change back, and P6 with it; picking again completes it.
        await page.ClickAsync("#mapping-undo");
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("20 of 23");
        await Expect(page.Locator(".mapping-status")).ToContainTextAsync("P6 went back to In progress");
        await PickWithKeyboardAsync(page, "#pick-rate-LS7", "LONG");
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("23 of 23");

        // A reload shows what was saved.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("23 of 23");
        await OpenTabAsync(page, "Keyboard");
        await Expect(page.Locator("#pick-rate-LS7")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^LONG ·"));
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup/P6");
        await Expect(page.Locator("#step-nav-P6 [data-status='Done']")).ToBeVisibleAsync();
        await Expect(page.Locator("#p6-complete")).ToBeVisibleAsync();

        // Two browsers: a member unmaps a space type; Alice's page, loaded before, must not overwrite it silently.
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/mapping");
        await OpenTabAsync(page, "Keyboard");
        await using var bobContext = await browser.NewContextAsync(DashboardRoles.Member);
        var bob = await bobContext.NewPageAsync();
        await bob.OpenAsync(app.BaseAddress, $"/projects/{projectId}/mapping");
        await OpenTabAsync(bob, "Keyboard");
        await bob.ChooseAsync("pick-room-SGL", "— not mapped —");
        await Expect(bob.Locator("#coverage-count")).ToContainTextAsync("20 of 23");

        await page.ChooseAsync("pick-room-STE", "— not mapped —");
        await Expect(page.Locator("#mapping-conflict")).ToContainTextAsync("Someone else changed this mapping since you loaded it (member@example.com");
        await page.ClickAsync("#mapping-reload");
        await Expect(page.Locator("#mapping-conflict")).ToHaveCountAsync(0);
        await Expect(page.Locator("#coverage-count")).ToContainTextAsync("20 of 23");
        await Expect(page.Locator("#pick-room-SGL")).ToHaveValueAsync("— not mapped —");
        await Expect(page.Locator("#pick-room-STE")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^R-STE ·"));

        // The export is a download a reviewer can open in a spreadsheet.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#mapping-export-csv"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var csv = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("rate_plan_code,rate_plan_name,space_type_code", csv);
        Assert.Contains("FF,Fully Flexible,DBL,Double Room,FLEX,Flexible,R-DBL,Double,,mapped", csv);
        Assert.Contains("FF,Fully Flexible,SGL,Single Room,FLEX,Flexible,,,,unmapped", csv);
    }

    /// <summary>Whether the nearest key interceptor above the element (the select's own) listens yet.</summary>
    private const string KeyInterceptorConnected =
        "s => { for (let e = document.querySelector(s); e; e = e.parentElement) if (e.mudKeyInterceptor) return e.mudKeyInterceptor._isConnected === true; return false; }";

    private static Task OpenTabAsync(IPage page, string name) => page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();

    /// <summary>
    /// Focuses the list, opens it and moves one down with the arrow keys, as a keyboard user does: nothing is saved yet.
    /// Enter chooses, and the choice is saved.
    /// </summary>
    private static async Task PickWithKeyboardAsync(IPage page, string selector, string expected)
    {
        var version = await page.Locator("#mapping-page").GetAttributeAsync("data-version") ?? "";
        await page.Locator(selector).FocusAsync();
        // MudSelect hears the arrow keys through a key interceptor it connects in the browser only after its first render
        // has reached it and the server has answered: a key pressed in between (the list has just appeared with its tab)
        // is lost. A keyboard user is never that fast; the test waits for what the key needs.
        await page.WaitForFunctionAsync(KeyInterceptorConnected, selector);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator(".mud-popover-open [role='option']").First).ToBeVisibleAsync();
        // The list first highlights the saved option; an arrow pressed before that would be undone by it.
        await Expect(page.Locator(".mud-popover-open .mud-selected-item")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        // MudBlazor marks the highlighted option "mud-selected-item"; aria-selected stays on the saved one.
        await Expect(page.Locator(".mud-popover-open .mud-selected-item")).ToContainTextAsync(expected);
        Assert.Equal(version, await page.Locator("#mapping-page").GetAttributeAsync("data-version"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#mapping-page")).Not.ToHaveAttributeAsync("data-version", version);
        await Expect(page.Locator(selector)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(expected)} ·"));
    }
}
