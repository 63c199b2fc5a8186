using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallOutcomeServiceTests : DatabaseTest
{
    private readonly CallServices call;

    public CallOutcomeServiceTests() => call = new CallServices(Database, Clock, Services);

    [Fact]
    public async Task A_fail_starts_certification_over_and_keeps_what_it_cleared()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        await call.Tracker.RecordAsync(id, "INV-04", TestStatus.Failed, "LOS reversed", "jana");
        await call.Control.SaveNoteAsync(id, new NoteEdit("INV-04", "Mews saw minLos 3 as 1", "Fix LOS", "", ""), "jana");
        await call.Control.ChangeTimerAsync(id, TimerAction.Start, 0, "jana");
        await call.Control.ShowAsync(id, "INV-04", "jana");

        var failed = await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.Now.UtcDateTime), "LOS logic reversed", "jana");

        Assert.True(failed.Succeeded, failed.Message);
        Assert.Contains("2 test results", Assert.Single(failed.Notices));
        var view = (await call.Views.LoadAsync(id))!;
        Assert.All(view.Rows, r => Assert.Equal(TestStatus.NotRun, r.TrackerRow.Status));
        Assert.All(view.Rows, r => Assert.Null(r.Note));
        Assert.Equal((CallTimer.New, ""), (view.Timer, view.CurrentTestId));
        var kept = OutcomeRecord.Read(Assert.Single(view.Outcomes).RecordsJson);
        Assert.Equal(25, kept.Count);
        var inv04 = kept.Single(r => r.TestId == "INV-04");
        Assert.Equal((TestStatus.Failed, "LOS reversed", "Mews saw minLos 3 as 1", "Fix LOS"), (inv04.Status, inv04.Notes, inv04.Minutes, inv04.Remarks));
    }

    [Fact]
    public async Task A_fail_resets_exactly_what_the_confirmation_counted_and_undo_puts_it_back()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        await call.Tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "Play Mews: passed", "Play Mews", needsHumanCheck: true);
        await call.Tracker.RecordAsync(id, "INV-04", TestStatus.Failed, "LOS reversed", "jana");
        await call.Control.SaveNoteAsync(id, new NoteEdit("INV-04", "Mews saw minLos 3 as 1", "Fix LOS", "", ""), "jana");
        await call.Control.SaveNoteAsync(id, new NoteEdit("INV-05", "", "Looks fine", "", ""), "jana");
        var before = (await call.Views.LoadAsync(id))!;
        var counted = OutcomeRules.ResetByFail(before.Rows);
        Assert.Equal(new FailReset(3, 2), counted);
        Assert.StartsWith("3 test results and 2 call notes will be reset to not run", counted.Describe());

        var failed = await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.Now.UtcDateTime), "LOS logic reversed", "jana");
        Assert.Contains("3 test results", Assert.Single(failed.Notices));
        var afterFail = (await call.Views.LoadAsync(id))!;
        Assert.Equal(new FailReset(0, 0), OutcomeRules.ResetByFail(afterFail.Rows));
        Assert.True(OutcomeRules.CanUndoFail(afterFail.Outcomes, afterFail.Rows));

        var undone = await call.Outcomes.UndoFailAsync(id, afterFail.Outcomes[0].Id, "petr");

        Assert.True(undone.Succeeded, undone.Message);
        Assert.Contains("3 test results and 2 call notes are back", undone.Notices[0]);
        var after = (await call.Views.LoadAsync(id))!;
        Assert.Empty(after.Outcomes);
        Assert.Equal(before.Rows.Select(r => (r.TestId, r.TrackerRow.Status, r.TrackerRow.Notes, r.TrackerRow.NeedsHumanCheck, r.TrackerRow.CheckedBy, r.Note?.Minutes, r.Note?.Remarks)),
            after.Rows.Select(r => (r.TestId, r.TrackerRow.Status, r.TrackerRow.Notes, r.TrackerRow.NeedsHumanCheck, r.TrackerRow.CheckedBy, r.Note?.Minutes, r.Note?.Remarks)));
    }

    [Fact]
    public async Task A_fail_cannot_be_undone_once_a_new_result_is_recorded_or_another_outcome_follows()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        var today = DateOnly.FromDateTime(Clock.Now.UtcDateTime);
        await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Failed, today, "LOS reversed", "jana");
        var fail = (await call.Views.LoadAsync(id))!.Outcomes[0].Id;
        await call.Tracker.RecordAsync(id, "INV-03", TestStatus.Passed, "new round", "jana");

        var refused = await call.Outcomes.UndoFailAsync(id, fail, "petr");

        Assert.Equal(ResultKind.Conflict, refused.Kind);
        Assert.Contains("1 result or note was recorded since the fail", refused.Message);
        var view = (await call.Views.LoadAsync(id))!;
        Assert.Equal("new round", view.Rows.Single(r => r.TestId == "INV-03").TrackerRow.Notes);
        Assert.False(OutcomeRules.CanUndoFail(view.Outcomes, view.Rows));

        await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Passed, today, "", "jana");
        Assert.Equal(ResultKind.Conflict, (await call.Outcomes.UndoFailAsync(id, fail, "petr")).Kind);
    }

    [Fact]
    public async Task After_a_fail_the_old_rounds_runs_are_history_and_a_note_typed_before_it_is_refused_with_why()
    {
        var id = await Services.CreateProjectAsync();
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            db.HarnessRuns.Add(new HarnessRun { ProjectId = id, TestId = "INV-01", StartedAt = Clock.Now.AddHours(-1), Passed = true, RunBy = "jana", Summary = "old round" });
            await db.SaveChangesAsync();
        }
        await call.Control.SaveNoteAsync(id, new NoteEdit("INV-01", "old minutes", "", "", ""), "jana");
        Assert.NotNull((await call.Views.LoadAsync(id))!.Rows[0].LatestRun);

        await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.Now.UtcDateTime), "LOS reversed", "jana");
        var stale = await call.Control.SaveNoteAsync(id, new NoteEdit("INV-01", "old minutes, more", "", "old minutes", ""), "petr");

        Assert.Null((await call.Views.LoadAsync(id))!.Rows[0].LatestRun);
        Assert.Equal(ResultKind.Conflict, stale.Kind);
        Assert.StartsWith("A failed certification call cleared the notes", stale.Message);
    }

    [Fact]
    public async Task A_pass_keeps_the_results_and_a_fail_without_notes_changes_nothing()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        var today = DateOnly.FromDateTime(Clock.Now.UtcDateTime);

        Assert.Equal(ResultKind.Invalid, (await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Failed, today, "", "jana")).Kind);
        Assert.True((await call.Outcomes.RecordOutcomeAsync(id, CallVerdict.Passed, today, "", "jana")).Succeeded);

        var view = (await call.Views.LoadAsync(id))!;
        Assert.Equal(TestStatus.Passed, view.Rows[0].TrackerRow.Status);
        Assert.Equal(CallVerdict.Passed, Assert.Single(view.Outcomes).Verdict);
    }
}
