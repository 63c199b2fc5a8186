using Bunit;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;
using MudBlazor;

namespace ChannelManagerDashboard.Tests.Features.TestTracker;

public sealed class TestsPageTests : ComponentTest
{
    [Fact]
    public async Task An_automatic_pass_shows_it_waits_for_a_person_until_someone_confirms_it()
    {
        var id = await CreateProjectAsync();
        await Get<TestTrackerService>().RecordAsync(id, "INV-01", TestStatus.Passed, "Play Mews: passed. Still check by hand: the extranet.", "Play Mews", needsHumanCheck: true);
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));

        var badge = await page.WaitForElementAsync("tr:has([data-test-id='INV-01']) .status-chip");
        Assert.Equal("true", badge.GetAttribute("data-needs-check"));
        Assert.Contains("passed, needs your check", badge.TextContent);
        Assert.Contains("0 passed and confirmed · 1 passed by Play Mews, waiting for your check", page.Find("#tracker-counts").TextContent);

        page.Find("#confirm-INV-01").Click();

        await page.WaitForAssertionAsync(() => Assert.Equal("false", page.Find("tr:has([data-test-id='INV-01']) .status-chip").GetAttribute("data-needs-check")));
        Assert.Empty(page.FindAll("#confirm-INV-01"));
        Assert.Contains("Checked by hand: owner@example.com", page.Find("tr:has([data-test-id='INV-01']) .test-notes").TextContent);
    }

    [Fact]
    public async Task The_counts_add_up_to_every_test_with_confirmed_and_waiting_passes_apart()
    {
        var id = await CreateProjectAsync();
        var tracker = Get<TestTrackerService>();
        await tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen in the extranet", "Jana");
        await tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);
        await tracker.RecordAsync(id, "INV-03", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));

        var counts = (await page.WaitForElementAsync("#tracker-counts")).TextContent.Trim();

        Assert.StartsWith("1 passed and confirmed · 2 passed by Play Mews, waiting for your check · 0 failed", counts);
        Assert.Equal(TestCatalog.All.Count, System.Text.RegularExpressions.Regex.Matches(counts, @"\d+").Sum(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_failure_needs_a_note_and_the_editor_says_so_under_the_notes()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));
        (await page.WaitForElementAsync("#edit-ERR-03")).Click();

        var status = page.FindComponent<MudSelect<TestStatus>>();
        await status.InvokeAsync(() => status.Instance.ValueChanged.InvokeAsync(TestStatus.Failed));
        page.Find("#test-save").Click();

        await page.WaitForAssertionAsync(() => Assert.Contains("Say in the notes why ERR-03 is failed", page.Find("#test-editor .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Equal(TestStatus.NotRun, (await Get<TestTrackerService>().ListAsync(id)).Single(r => r.Test.Id == "ERR-03").Status);
        Assert.Single(page.FindAll("#unsaved-changes"));
    }

    [Fact]
    public async Task Only_what_needs_work_hides_final_passes_and_keeps_the_ones_waiting_for_a_check()
    {
        var id = await CreateProjectAsync();
        var tracker = Get<TestTrackerService>();
        await tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen in the extranet", "Jana");
        await tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));

        await page.WaitForElementAsync("#tracker-counts");
        page.FindComponent<MudSwitch<bool>>().Find("input").Change(true);

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("[data-test-id='INV-01']")));
        Assert.Single(page.FindAll("[data-test-id='INV-02']"));
        Assert.Single(page.FindAll("[data-test-id='RES-01']"));
    }

    [Fact]
    public async Task Record_opens_the_editor_in_a_row_under_its_test_with_focus_and_Save_gives_focus_back_to_the_row()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));

        (await page.WaitForElementAsync("#edit-ERR-03")).Click();

        var editorRow = await page.WaitForElementAsync("#test-editor");
        var row = page.Find("tr:has([data-test-id='ERR-03'])");
        Assert.Same(row.NextElementSibling, editorRow.Closest("tr"));
        Assert.Equal("test-editor", JSInterop.Invocations["dashboard.focus"].Last().Arguments.Single());

        page.Find("#test-save").Click();

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("#test-editor")));
        Assert.Equal("edit-ERR-03", JSInterop.Invocations["dashboard.focus"].Last().Arguments.Single());
    }

    [Fact]
    public async Task Confirm_all_lists_what_each_check_attests_and_records_each_as_its_own_click_would()
    {
        var id = await CreateProjectAsync();
        var tracker = Get<TestTrackerService>();
        await tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "Play Mews: passed. Still check by hand: availability of 2026-12-01 in the extranet.", "Play Mews", needsHumanCheck: true);
        await tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "Play Mews: passed. Still check by hand: gross prices of 2026-12-02.", "Play Mews", needsHumanCheck: true);
        await tracker.RecordAsync(id, "INV-03", TestStatus.Failed, "Play Mews: failed.", "Play Mews");
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));

        (await page.WaitForElementAsync("#confirm-all")).Click();

        var list = await Dialogs.WaitForElementAsync("#dialog-list");
        var items = list.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("INV-01 · Multi-space, multi-rate availability push: availability of 2026-12-01 in the extranet.", items[0]);
        Assert.Contains("gross prices of 2026-12-02", items[1]);
        Assert.Contains("Confirm 2 checks", page.Find("#confirm-all").TextContent);

        Dialogs.Find("#dialog-confirm").Click();

        var status = await page.WaitForElementAsync("#bulk-status");
        Assert.Contains("2 checks confirmed by owner@example.com.", status.TextContent);
        var rows = await tracker.ListAsync(id);
        Assert.All(rows.Where(r => r.Test.Id is "INV-01" or "INV-02"), r =>
        {
            Assert.True(r.IsFinal);
            Assert.Equal("owner@example.com", r.CheckedBy);
            Assert.Contains("Checked by hand: owner@example.com", r.Notes);
        });
        Assert.Equal(TestStatus.Failed, rows.Single(r => r.Test.Id == "INV-03").Status);
        Assert.Empty(page.FindAll("#confirm-all"));
    }

    [Fact]
    public async Task Cancelling_the_bulk_confirm_records_nothing()
    {
        var id = await CreateProjectAsync();
        var tracker = Get<TestTrackerService>();
        await tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);
        await tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);
        var page = RenderWithProviders<TestsPage>(p => p.Add(x => x.ProjectId, id));

        (await page.WaitForElementAsync("#confirm-all")).Click();
        (await Dialogs.WaitForElementAsync("#dialog-cancel")).Click();

        await Dialogs.WaitForAssertionAsync(() => Assert.Empty(Dialogs.FindAll("#dialog-list")));
        Assert.All((await tracker.ListAsync(id)).Where(r => r.Test.Id is "INV-01" or "INV-02"), r => Assert.True(r.NeedsHumanCheck));
        Assert.Empty(page.FindAll("#bulk-status"));
    }
}
