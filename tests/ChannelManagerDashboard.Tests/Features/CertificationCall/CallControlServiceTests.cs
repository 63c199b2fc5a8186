using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallControlServiceTests : DatabaseTest
{
    private readonly CallServices call;

    public CallControlServiceTests() => call = new CallServices(Database, Clock, Services);

    [Fact]
    public async Task A_note_is_saved_and_signalled_and_one_typed_on_an_older_version_is_refused_with_whose_it_is()
    {
        var id = await Services.CreateProjectAsync();
        Assert.True((await call.Control.SaveNoteAsync(id, new NoteEdit("INV-02", "Gross prices fine", "", "", ""), "jana@example.com")).Succeeded);
        Assert.Contains(id, call.Raised);

        // Petr typed on the empty version; Jana's text is stored now.
        var stale = await call.Control.SaveNoteAsync(id, new NoteEdit("INV-02", "Petr's minutes", "", "", ""), "petr@example.com");

        Assert.Equal(ResultKind.Conflict, stale.Kind);
        Assert.Contains("jana@example.com changed the minutes of INV-02", stale.Message);
        Assert.Contains("What is stored now shows under the box", stale.Message);
        var note = (await call.Views.LoadAsync(id))!.Rows.Single(r => r.TestId == "INV-02").Note!;
        Assert.Equal("Gross prices fine", note.Minutes);

        // Typed against Jana's version, it replaces it; remarks nobody else touched are written at the same time.
        Assert.True((await call.Control.SaveNoteAsync(id, new NoteEdit("INV-02", "Petr's minutes", "Mews: OK", "Gross prices fine", ""), "petr@example.com")).Succeeded);
        note = (await call.Views.LoadAsync(id))!.Rows.Single(r => r.TestId == "INV-02").Note!;
        Assert.Equal(("Petr's minutes", "Mews: OK", "petr@example.com"), (note.Minutes, note.Remarks, note.UpdatedBy));
    }

    [Fact]
    public async Task Remarks_saved_by_one_person_do_not_conflict_with_minutes_typed_by_another()
    {
        var id = await Services.CreateProjectAsync();
        await call.Control.SaveNoteAsync(id, new NoteEdit("INV-03", "", "Mews saw net amounts", "", ""), "mews-side@example.com");

        var minutes = await call.Control.SaveNoteAsync(id, new NoteEdit("INV-03", "We pushed 30 nights", "", "", ""), "jana@example.com");

        Assert.True(minutes.Succeeded, minutes.Message);
        var note = (await call.Views.LoadAsync(id))!.Rows.Single(r => r.TestId == "INV-03").Note!;
        Assert.Equal(("We pushed 30 nights", "Mews saw net amounts"), (note.Minutes, note.Remarks));
    }

    [Fact]
    public async Task Notes_for_an_unknown_test_or_of_a_huge_size_are_refused()
    {
        var id = await Services.CreateProjectAsync();

        Assert.Equal(ResultKind.Invalid, (await call.Control.SaveNoteAsync(id, new NoteEdit("INV-99", "x", "", "", ""), "jana")).Kind);
        Assert.Equal(ResultKind.Invalid, (await call.Control.SaveNoteAsync(id, new NoteEdit("INV-01", new string('x', CallNote.MaxLength + 1), "", "", ""), "jana")).Kind);
        Assert.Equal(ResultKind.Missing, (await call.Control.SaveNoteAsync(999, new NoteEdit("INV-01", "x", "", "", ""), "jana")).Kind);
    }

    [Fact]
    public async Task The_timer_starts_pauses_and_extends_from_the_stored_state_every_browser_reads()
    {
        var id = await Services.CreateProjectAsync();
        var start = Clock.Now;
        Assert.True((await call.Control.ChangeTimerAsync(id, TimerAction.Start, 0, "jana")).Succeeded);
        Clock.Now = start.AddMinutes(20);
        Assert.True((await call.Control.ChangeTimerAsync(id, TimerAction.Pause, 0, "jana")).Succeeded);
        Assert.True((await call.Control.ChangeTimerAsync(id, TimerAction.Extend, 30, "jana")).Succeeded);
        Clock.Now = start.AddMinutes(50);

        var timer = (await call.Views.LoadAsync(id))!.Timer;

        Assert.Equal(CallTimerState.Paused, timer.State);
        Assert.Equal(TimeSpan.FromMinutes(20), timer.ElapsedAt(Clock.Now));
        Assert.Equal(120, timer.PlannedMinutes);
        Assert.Equal(ResultKind.Invalid, (await call.Control.ChangeTimerAsync(id, TimerAction.Extend, 0, "jana")).Kind);
        Assert.Equal(ResultKind.Unchanged, (await call.Control.ChangeTimerAsync(id, TimerAction.Pause, 0, "jana")).Kind);
        Assert.True((await call.Control.ChangeTimerAsync(id, TimerAction.Reset, 0, "jana")).Succeeded);
        Assert.Equal(CallTimer.New, (await call.Views.LoadAsync(id))!.Timer);
    }

    [Fact]
    public async Task Attendees_are_saved_unless_someone_changed_them_meanwhile_and_a_bad_email_is_named()
    {
        var id = await Services.CreateProjectAsync();
        Assert.True((await call.Control.SaveAttendeesAsync(id, "Jana <jana@example.com>\n", "", "jana")).Succeeded);

        Assert.Equal(ResultKind.Conflict, (await call.Control.SaveAttendeesAsync(id, "Petr <petr@example.com>", "", "petr")).Kind);
        Assert.Equal(ResultKind.Invalid, (await call.Control.SaveAttendeesAsync(id, "Petr <petr@>", "Jana <jana@example.com>", "petr")).Kind);
        Assert.True((await call.Control.SaveAttendeesAsync(id, "Jana <jana@example.com>\nPetr <petr@example.com>", "Jana <jana@example.com>", "petr")).Succeeded);
        Assert.Equal("Jana <jana@example.com>\nPetr <petr@example.com>", (await call.Views.LoadAsync(id))!.Attendees);
    }

    [Fact]
    public async Task Ticking_makes_an_automatic_pass_final_with_who_checked_it_and_clearing_it_reopens_the_check()
    {
        var id = await Services.CreateProjectAsync();
        await call.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "jana", needsHumanCheck: true);
        Assert.False((await call.Views.LoadAsync(id))!.Rows[0].Ticked);

        Assert.True((await call.Control.SetCheckedAsync(id, "INV-01", true, "petr")).Succeeded);
        var ticked = (await call.Views.LoadAsync(id))!.Rows[0];
        Assert.True(ticked.Ticked);
        Assert.Equal(("petr", Clock.Now), (ticked.TrackerRow.CheckedBy, ticked.TrackerRow.CheckedAt!.Value));

        Assert.True((await call.Control.SetCheckedAsync(id, "INV-01", false, "petr")).Succeeded);
        var cleared = (await call.Views.LoadAsync(id))!.Rows[0];
        Assert.False(cleared.Ticked);
        Assert.True(cleared.TrackerRow.NeedsHumanCheck);
        Assert.Equal("", cleared.TrackerRow.CheckedBy);
        Assert.Equal(ResultKind.Conflict, (await call.Control.SetCheckedAsync(id, "INV-01", false, "jana")).Kind);
    }

    [Fact]
    public async Task Run_now_refuses_a_test_it_cannot_run_live_and_a_second_start_of_a_running_one()
    {
        var id = await Services.CreateProjectAsync();

        Assert.Equal(ResultKind.Invalid, (await call.Control.RunNowAsync(id, 1, "RES-01", "jana")).Kind);
        Assert.True(call.Runs.TryStart(id, "INV-01", "petr"));
        var second = await call.Control.RunNowAsync(id, 1, "INV-01", "jana");
        Assert.Equal(ResultKind.Conflict, second.Kind);
        Assert.Contains("started by petr", second.Message);
        Assert.Equal("petr", (await call.Views.LoadAsync(id))!.Rows[0].RunningBy);
    }
}
