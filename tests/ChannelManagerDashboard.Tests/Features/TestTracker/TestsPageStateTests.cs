using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.TestTracker;

public sealed class TestsPageStateTests : DatabaseTest
{
    private async Task<TestsPageState> LoadedAsync(string? filter = null)
    {
        var page = new TestsPageState(Services.Tracker, await Services.CreateProjectAsync());
        await page.LoadAsync(filter);
        return page;
    }

    [Fact]
    public async Task The_open_filter_hides_what_needs_no_work()
    {
        var page = await LoadedAsync("open");
        await Services.Tracker.RecordAsync(page.ProjectId, "INV-01", TestStatus.Passed, "", "Jana");
        await page.LoadAsync("open");

        Assert.True(page.OnlyOpen);
        Assert.DoesNotContain(page.RowsOf(TestGroup.Inventory), r => r.Test.Id == "INV-01");
        page.OnlyOpen = false;
        Assert.Contains(page.RowsOf(TestGroup.Inventory), r => r.Test.Id == "INV-01");
    }

    [Fact]
    public async Task Typing_in_the_editor_makes_it_dirty_and_opening_another_row_would_discard_it()
    {
        var page = await LoadedAsync();
        var (first, second) = (page.Rows![0], page.Rows[1]);

        page.Edit(first);
        Assert.Equal("test-editor", page.FocusNext);
        Assert.False(page.WouldDiscard(second));
        page.DraftNotes = "typed";

        Assert.True(page.EditorDirty);
        Assert.False(page.WouldDiscard(first));
        Assert.True(page.WouldDiscard(second));
        page.CancelEdit();
        Assert.Equal((null, $"edit-{first.Test.Id}"), (page.Editing, page.FocusNext));
    }

    [Fact]
    public async Task A_saved_result_closes_the_editor_reloads_the_rows_and_says_what_was_recorded()
    {
        var page = await LoadedAsync();
        page.Edit(page.Rows!.Single(r => r.Test.Id == "INV-02"));
        (page.DraftStatus, page.DraftNotes) = (TestStatus.Failed, "LOS reversed");

        var said = await page.SaveAsync("Jana");

        Assert.Equal($"INV-02 recorded as {TestTrackerService.Describe(TestStatus.Failed)}.", said);
        Assert.Null(page.Editing);
        Assert.Equal(TestStatus.Failed, page.Rows!.Single(r => r.Test.Id == "INV-02").Status);
    }

    [Fact]
    public async Task Confirming_every_waiting_check_reports_in_one_message_and_reloads()
    {
        var page = await LoadedAsync();
        await Services.Tracker.RecordAsync(page.ProjectId, "INV-01", TestStatus.Passed, "", "Play Mews", needsHumanCheck: true);
        await Services.Tracker.RecordAsync(page.ProjectId, "INV-02", TestStatus.Passed, "", "Play Mews", needsHumanCheck: true);
        await page.LoadAsync(null);

        Assert.Equal(["INV-01", "INV-02"], page.Waiting.Select(r => r.Test.Id));
        await page.ConfirmAllAsync(page.Waiting, "Jana");

        Assert.False(page.BulkFailed);
        Assert.Equal("2 checks confirmed by Jana.", page.BulkMessage);
        Assert.Equal("bulk-status", page.FocusNext);
        Assert.Empty(page.Waiting);
    }

    [Fact]
    public async Task A_missing_project_loads_as_missing()
    {
        var page = new TestsPageState(Services.Tracker, 999);
        await page.LoadAsync(null);

        Assert.True(page.Loaded);
        Assert.Null(page.Project);
    }
}
