using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>What the tests page shows and does: the rows, the one open editor and what the bulk confirmation said.</summary>
public sealed class TestsPageState(TestTrackerService tracker, int projectId)
{
    public int ProjectId => projectId;
    public CertificationProject? Project { get; private set; }
    public IReadOnlyList<TestRow>? Rows { get; private set; }
    public bool Loaded { get; private set; }
    public bool OnlyOpen { get; set; }
    public bool Saving { get; private set; }

    /// <summary>The row whose editor is open, and what was typed into it.</summary>
    public TestRow? Editing { get; private set; }
    public TestStatus DraftStatus { get; set; }
    public string DraftNotes { get; set; } = "";
    public string? Error { get; private set; }

    public string? BulkMessage { get; private set; }
    public bool BulkFailed { get; private set; }

    /// <summary>The element to focus after the next render: the editor, the row left off, or the bulk status.</summary>
    public string? FocusNext { get; private set; }

    public bool EditorDirty => Editing is not null && (DraftStatus != Editing.Status || DraftNotes != Editing.Notes);

    /// <summary>Whether opening <paramref name="row"/>'s editor would throw away what was typed for another.</summary>
    public bool WouldDiscard(TestRow row) => EditorDirty && Editing != row;

    public IReadOnlyList<TestRow> Waiting => Rows?.Where(r => r.NeedsHumanCheck).ToList() ?? [];

    /// <returns>The element to focus once it shows, taken once.</returns>
    public string? TakeFocus()
    {
        var next = FocusNext;
        FocusNext = null;
        return next;
    }

    public static string GroupTitle(TestGroup group) => group switch
    {
        TestGroup.Inventory => "Inventory push tests (live on the call)",
        TestGroup.Reservation => "Reservation tests (by email after the call)",
        _ => "Error tests",
    };

    public IReadOnlyList<TestRow> RowsOf(TestGroup group) => Rows?.Where(r => r.Test.Group == group && (!OnlyOpen || r.NeedsWork)).ToList() ?? [];

    public async Task LoadAsync(string? filter)
    {
        OnlyOpen = filter == "open";
        var view = await tracker.LoadAsync(projectId);
        (Project, Rows, Loaded) = (view?.Project, view?.Rows, true);
    }

    public void Edit(TestRow row) => (Editing, DraftStatus, DraftNotes, Error, FocusNext) = (row, row.Status, row.Notes, null, "test-editor");

    /// <summary>Closes the editor and gives focus back to the row's Record button, where the person left off.</summary>
    public void CancelEdit()
    {
        if (Editing is { } row)
            (Editing, FocusNext) = (null, $"edit-{row.Test.Id}");
    }

    /// <returns>What the snackbar says once saved; null when nothing was saved (<see cref="Error"/> says why).</returns>
    public async Task<string?> SaveAsync(string who)
    {
        if (Editing is not { } row)
            return null;
        Saving = true;
        try
        {
            var result = await tracker.RecordAsync(projectId, row.Test.Id, DraftStatus, DraftNotes, who);
            Error = result.Succeeded ? null : result.Message;
            if (!result.Succeeded)
                return null;
            CancelEdit();
            Rows = await tracker.ListAsync(projectId);
            return $"{row.Test.Id} recorded as {TestTrackerService.Describe(DraftStatus)}.";
        }
        finally
        {
            Saving = false;
        }
    }

    public async Task ConfirmAllAsync(IReadOnlyList<TestRow> waiting, string who)
    {
        Saving = true;
        try
        {
            var result = await tracker.ConfirmChecksAsync(projectId, waiting.Select(r => r.Test.Id).ToList(), who);
            (BulkMessage, BulkFailed, FocusNext) = (result.Succeeded ? result.Notices[0] : result.Message, !result.Succeeded, "bulk-status");
            Rows = await tracker.ListAsync(projectId);
        }
        finally
        {
            Saving = false;
        }
    }

    /// <returns>What the snackbar says, and whether the check was recorded.</returns>
    public async Task<(string Message, bool Succeeded)> ConfirmAsync(TestRow row, string who)
    {
        var result = await tracker.ConfirmCheckAsync(projectId, row.Test.Id, who);
        Rows = await tracker.ListAsync(projectId);
        return (result.Succeeded ? $"{row.Test.Id} passed, checked by you." : result.Message, result.Succeeded);
    }
}
