using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallServiceTests : DatabaseTest
{
    private readonly CallServices call;

    public CallServiceTests() => call = new CallServices(Database, Clock, Services);

    [Fact]
    public async Task The_call_lists_inventory_then_reservation_then_error_tests_and_says_why_Run_now_cannot_push_yet()
    {
        var id = await Services.CreateProjectAsync();

        var view = await call.Call.LoadAsync(id);

        Assert.NotNull(view);
        Assert.Equal(25, view.Rows.Count);
        Assert.Equal(view.Rows.Select(r => r.Result.Test.Group).Order(), view.Rows.Select(r => r.Result.Test.Group));
        Assert.Equal("INV-01", view.Rows[0].TestId);
        Assert.Equal(TestGroup.Error, view.Rows[^1].Result.Test.Group);
        Assert.Null(view.ConnectionId);
        Assert.NotNull(view.RunProblem);
        Assert.Equal(CallTimer.New, view.Timer);
        Assert.True(view.Rows.Single(r => r.TestId == "INV-01").RunsLive);
        Assert.False(view.Rows.Single(r => r.TestId == "RES-01").RunsLive);
        Assert.Null(await call.Call.LoadAsync(999));
    }

    [Fact]
    public async Task A_note_is_saved_and_signalled_and_one_typed_on_an_older_version_is_refused_with_whose_it_is()
    {
        var id = await Services.CreateProjectAsync();
        Assert.True((await call.Call.SaveNoteAsync(id, new NoteEdit("INV-02", "Gross prices fine", "", "", ""), "jana@example.com")).Succeeded);
        Assert.Contains(id, call.Raised);

        // Petr typed on the empty version; Jana's text is stored now.
        var stale = await call.Call.SaveNoteAsync(id, new NoteEdit("INV-02", "Petr's minutes", "", "", ""), "petr@example.com");

        Assert.Equal(ResultKind.Conflict, stale.Kind);
        Assert.Contains("jana@example.com changed the minutes of INV-02", stale.Message);
        Assert.Contains("What is stored now shows under the box", stale.Message);
        var note = (await call.Call.LoadAsync(id))!.Rows.Single(r => r.TestId == "INV-02").Note!;
        Assert.Equal("Gross prices fine", note.Minutes);

        // Typed against Jana's version, it replaces it; remarks nobody else touched are written at the same time.
        Assert.True((await call.Call.SaveNoteAsync(id, new NoteEdit("INV-02", "Petr's minutes", "Mews: OK", "Gross prices fine", ""), "petr@example.com")).Succeeded);
        note = (await call.Call.LoadAsync(id))!.Rows.Single(r => r.TestId == "INV-02").Note!;
        Assert.Equal(("Petr's minutes", "Mews: OK", "petr@example.com"), (note.Minutes, note.Remarks, note.UpdatedBy));
    }

    [Fact]
    public async Task Remarks_saved_by_one_person_do_not_conflict_with_minutes_typed_by_another()
    {
        var id = await Services.CreateProjectAsync();
        await call.Call.SaveNoteAsync(id, new NoteEdit("INV-03", "", "Mews saw net amounts", "", ""), "mews-side@example.com");

        var minutes = await call.Call.SaveNoteAsync(id, new NoteEdit("INV-03", "We pushed 30 nights", "", "", ""), "jana@example.com");

        Assert.True(minutes.Succeeded, minutes.Message);
        var note = (await call.Call.LoadAsync(id))!.Rows.Single(r => r.TestId == "INV-03").Note!;
        Assert.Equal(("We pushed 30 nights", "Mews saw net amounts"), (note.Minutes, note.Remarks));
    }

    [Fact]
    public async Task Notes_for_an_unknown_test_or_of_a_huge_size_are_refused()
    {
        var id = await Services.CreateProjectAsync();

        Assert.Equal(ResultKind.Invalid, (await call.Call.SaveNoteAsync(id, new NoteEdit("INV-99", "x", "", "", ""), "jana")).Kind);
        Assert.Equal(ResultKind.Invalid, (await call.Call.SaveNoteAsync(id, new NoteEdit("INV-01", new string('x', CallNote.MaxLength + 1), "", "", ""), "jana")).Kind);
        Assert.Equal(ResultKind.Missing, (await call.Call.SaveNoteAsync(999, new NoteEdit("INV-01", "x", "", "", ""), "jana")).Kind);
    }

    [Fact]
    public async Task The_timer_starts_pauses_and_extends_from_the_stored_state_every_browser_reads()
    {
        var id = await Services.CreateProjectAsync();
        var start = Clock.Now;
        Assert.True((await call.Call.ChangeTimerAsync(id, TimerAction.Start, 0, "jana")).Succeeded);
        Clock.Now = start.AddMinutes(20);
        Assert.True((await call.Call.ChangeTimerAsync(id, TimerAction.Pause, 0, "jana")).Succeeded);
        Assert.True((await call.Call.ChangeTimerAsync(id, TimerAction.Extend, 30, "jana")).Succeeded);
        Clock.Now = start.AddMinutes(50);

        var timer = (await call.Call.LoadAsync(id))!.Timer;

        Assert.Equal(CallTimerState.Paused, timer.State);
        Assert.Equal(TimeSpan.FromMinutes(20), timer.ElapsedAt(Clock.Now));
        Assert.Equal(120, timer.PlannedMinutes);
        Assert.Equal(ResultKind.Invalid, (await call.Call.ChangeTimerAsync(id, TimerAction.Extend, 0, "jana")).Kind);
        Assert.Equal(ResultKind.Unchanged, (await call.Call.ChangeTimerAsync(id, TimerAction.Pause, 0, "jana")).Kind);
        Assert.True((await call.Call.ChangeTimerAsync(id, TimerAction.Reset, 0, "jana")).Succeeded);
        Assert.Equal(CallTimer.New, (await call.Call.LoadAsync(id))!.Timer);
    }

    [Fact]
    public async Task Attendees_are_saved_unless_someone_changed_them_meanwhile_and_a_bad_email_is_named()
    {
        var id = await Services.CreateProjectAsync();
        Assert.True((await call.Call.SaveAttendeesAsync(id, "Jana <jana@example.com>\n", "", "jana")).Succeeded);

        Assert.Equal(ResultKind.Conflict, (await call.Call.SaveAttendeesAsync(id, "Petr <petr@example.com>", "", "petr")).Kind);
        Assert.Equal(ResultKind.Invalid, (await call.Call.SaveAttendeesAsync(id, "Petr <petr@>", "Jana <jana@example.com>", "petr")).Kind);
        Assert.True((await call.Call.SaveAttendeesAsync(id, "Jana <jana@example.com>\nPetr <petr@example.com>", "Jana <jana@example.com>", "petr")).Succeeded);
        Assert.Equal("Jana <jana@example.com>\nPetr <petr@example.com>", (await call.Call.LoadAsync(id))!.Attendees);
    }

    [Fact]
    public async Task Ticking_makes_an_automatic_pass_final_with_who_checked_it_and_clearing_it_reopens_the_check()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "jana", needsHumanCheck: true);
        Assert.False((await call.Call.LoadAsync(id))!.Rows[0].Ticked);

        Assert.True((await call.Call.SetCheckedAsync(id, "INV-01", true, "petr")).Succeeded);
        var ticked = (await call.Call.LoadAsync(id))!.Rows[0];
        Assert.True(ticked.Ticked);
        Assert.Equal(("petr", Clock.Now), (ticked.Result.CheckedBy, ticked.Result.CheckedAt!.Value));

        Assert.True((await call.Call.SetCheckedAsync(id, "INV-01", false, "petr")).Succeeded);
        var cleared = (await call.Call.LoadAsync(id))!.Rows[0];
        Assert.False(cleared.Ticked);
        Assert.True(cleared.Result.NeedsHumanCheck);
        Assert.Equal("", cleared.Result.CheckedBy);
        Assert.Equal(ResultKind.Conflict, (await call.Call.SetCheckedAsync(id, "INV-01", false, "jana")).Kind);
    }

    [Fact]
    public async Task Run_now_refuses_a_test_it_cannot_run_live_and_a_second_start_of_a_running_one()
    {
        var id = await Services.CreateProjectAsync();

        Assert.Equal(ResultKind.Invalid, (await call.Call.RunNowAsync(id, 1, "RES-01", "jana")).Kind);
        Assert.True(call.Runs.TryStart(id, "INV-01", "petr"));
        var second = await call.Call.RunNowAsync(id, 1, "INV-01", "jana");
        Assert.Equal(ResultKind.Conflict, second.Kind);
        Assert.Contains("started by petr", second.Message);
        Assert.Equal("petr", (await call.Call.LoadAsync(id))!.Rows[0].RunningBy);
    }

    [Fact]
    public async Task A_fail_starts_certification_over_and_keeps_what_it_cleared()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        await call.Tracker.RecordAsync(id, "INV-04", TestStatus.Failed, "LOS reversed", "jana");
        await call.Call.SaveNoteAsync(id, new NoteEdit("INV-04", "Mews saw minLos 3 as 1", "Fix LOS", "", ""), "jana");
        await call.Call.ChangeTimerAsync(id, TimerAction.Start, 0, "jana");
        await call.Call.ShowAsync(id, "INV-04", "jana");

        var failed = await call.Call.RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.Now.UtcDateTime), "LOS logic reversed", "jana");

        Assert.True(failed.Succeeded, failed.Message);
        Assert.Contains("2 test results", Assert.Single(failed.Notices));
        var view = (await call.Call.LoadAsync(id))!;
        Assert.All(view.Rows, r => Assert.Equal(TestStatus.NotRun, r.Result.Status));
        Assert.All(view.Rows, r => Assert.Null(r.Note));
        Assert.Equal((CallTimer.New, ""), (view.Timer, view.CurrentTestId));
        var kept = OutcomeRecord.Read(Assert.Single(view.Outcomes).ResultsJson);
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
        await call.Call.SaveNoteAsync(id, new NoteEdit("INV-04", "Mews saw minLos 3 as 1", "Fix LOS", "", ""), "jana");
        await call.Call.SaveNoteAsync(id, new NoteEdit("INV-05", "", "Looks fine", "", ""), "jana");
        var before = (await call.Call.LoadAsync(id))!;
        var counted = OutcomeRules.ResetByFail(before.Rows);
        Assert.Equal(new FailReset(3, 2), counted);
        Assert.StartsWith("3 test results and 2 call notes will be reset to not run", counted.Describe());

        var failed = await call.Call.RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.Now.UtcDateTime), "LOS logic reversed", "jana");
        Assert.Contains("3 test results", Assert.Single(failed.Notices));
        var afterFail = (await call.Call.LoadAsync(id))!;
        Assert.Equal(new FailReset(0, 0), OutcomeRules.ResetByFail(afterFail.Rows));
        Assert.True(OutcomeRules.CanUndoFail(afterFail.Outcomes, afterFail.Rows));

        var undone = await call.Call.UndoFailAsync(id, afterFail.Outcomes[0].Id, "petr");

        Assert.True(undone.Succeeded, undone.Message);
        Assert.Contains("3 test results and 2 call notes are back", undone.Notices[0]);
        var after = (await call.Call.LoadAsync(id))!;
        Assert.Empty(after.Outcomes);
        Assert.Equal(before.Rows.Select(r => (r.TestId, r.Result.Status, r.Result.Notes, r.Result.NeedsHumanCheck, r.Result.CheckedBy, r.Note?.Minutes, r.Note?.Remarks)),
            after.Rows.Select(r => (r.TestId, r.Result.Status, r.Result.Notes, r.Result.NeedsHumanCheck, r.Result.CheckedBy, r.Note?.Minutes, r.Note?.Remarks)));
    }

    [Fact]
    public async Task A_fail_cannot_be_undone_once_a_new_result_is_recorded_or_another_outcome_follows()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        var today = DateOnly.FromDateTime(Clock.Now.UtcDateTime);
        await call.Call.RecordOutcomeAsync(id, CallVerdict.Failed, today, "LOS reversed", "jana");
        var fail = (await call.Call.LoadAsync(id))!.Outcomes[0].Id;
        await call.Tracker.RecordAsync(id, "INV-03", TestStatus.Passed, "new round", "jana");

        var refused = await call.Call.UndoFailAsync(id, fail, "petr");

        Assert.Equal(ResultKind.Conflict, refused.Kind);
        Assert.Contains("1 result or note was recorded since the fail", refused.Message);
        var view = (await call.Call.LoadAsync(id))!;
        Assert.Equal("new round", view.Rows.Single(r => r.TestId == "INV-03").Result.Notes);
        Assert.False(OutcomeRules.CanUndoFail(view.Outcomes, view.Rows));

        await call.Call.RecordOutcomeAsync(id, CallVerdict.Passed, today, "", "jana");
        Assert.Equal(ResultKind.Conflict, (await call.Call.UndoFailAsync(id, fail, "petr")).Kind);
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
        await call.Call.SaveNoteAsync(id, new NoteEdit("INV-01", "old minutes", "", "", ""), "jana");
        Assert.NotNull((await call.Call.LoadAsync(id))!.Rows[0].LatestRun);

        await call.Call.RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.Now.UtcDateTime), "LOS reversed", "jana");
        var stale = await call.Call.SaveNoteAsync(id, new NoteEdit("INV-01", "old minutes, more", "", "old minutes", ""), "petr");

        Assert.Null((await call.Call.LoadAsync(id))!.Rows[0].LatestRun);
        Assert.Equal(ResultKind.Conflict, stale.Kind);
        Assert.StartsWith("A failed certification call cleared the notes", stale.Message);
    }

    [Fact]
    public async Task A_pass_keeps_the_results_and_a_fail_without_notes_changes_nothing()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "jana");
        var today = DateOnly.FromDateTime(Clock.Now.UtcDateTime);

        Assert.Equal(ResultKind.Invalid, (await call.Call.RecordOutcomeAsync(id, CallVerdict.Failed, today, "", "jana")).Kind);
        Assert.True((await call.Call.RecordOutcomeAsync(id, CallVerdict.Passed, today, "", "jana")).Succeeded);

        var view = (await call.Call.LoadAsync(id))!;
        Assert.Equal(TestStatus.Passed, view.Rows[0].Result.Status);
        Assert.Equal(CallVerdict.Passed, Assert.Single(view.Outcomes).Verdict);
    }
}
