using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// What the team changes while the call runs: notes, attendees, the timer, the test on screen, ticks and live runs.
/// Every save raises <see cref="ProjectPageRefresh"/>, so each open call page redraws without a reload.
/// </summary>
public sealed class CallControlService(IDbContextFactory<DashboardDbContext> dbFactory, CallSessionWriter sessions, TestTrackerService tracker, LiveRunner runner)
{
    /// <summary>
    /// Saves the minutes and remarks of one test field by field. A field someone else saved differently since the
    /// page showed it is not written over: the result says whose version is stored, and the typed text stays on screen.
    /// </summary>
    public async Task<Result> SaveNoteAsync(int projectId, NoteEdit edit, string who)
    {
        if (TestCatalog.Find(edit.TestId) is null)
            return Result.Invalid("Test", $"There is no certification test '{edit.TestId}'.");
        if ((TextLimit.Check(edit.Minutes) ?? TextLimit.Check(edit.Remarks)) is { } tooLong)
            return Result.Invalid(Result.Whole, $"Not saved: {tooLong}");
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId);
        var note = await db.CallNotes.FirstOrDefaultAsync(n => n.ProjectId == projectId && n.TestId == edit.TestId);
        var (storedMinutes, storedRemarks) = (note?.Minutes ?? "", note?.Remarks ?? "");
        var minutes = FieldMerge.Decide(edit.Minutes, edit.BaselineMinutes, storedMinutes);
        var remarks = FieldMerge.Decide(edit.Remarks, edit.BaselineRemarks, storedRemarks);
        if (minutes == MergeDecision.Conflict || remarks == MergeDecision.Conflict)
        {
            var what = (minutes, remarks) switch
            {
                (MergeDecision.Conflict, MergeDecision.Conflict) => "the minutes and Mews' remarks",
                (MergeDecision.Conflict, _) => "the minutes",
                _ => "Mews' remarks",
            };
            // No stored note: a failed call cleared the notes while this person was typing.
            var by = note is null ? "A failed certification call cleared the notes, so" : $"{note.UpdatedBy} changed {what} of {edit.TestId} at {note.UpdatedAt.UtcDateTime:HH:mm:ss} UTC while you were typing, so";
            return Result.Conflict($"{by} yours were not saved. What is stored now shows under the box and yours is still in it: merge the two, then save again to replace it.");
        }
        if (minutes == MergeDecision.KeepStored && remarks == MergeDecision.KeepStored)
            return Result.Unchanged();
        if (note is null)
        {
            note = new CallNote { ProjectId = projectId, TestId = edit.TestId };
            db.CallNotes.Add(note);
        }
        if (minutes == MergeDecision.Write)
            note.Minutes = edit.Minutes.Trim();
        if (remarks == MergeDecision.Write)
            note.Remarks = edit.Remarks.Trim();
        note.UpdatedBy = who;
        note.UpdatedAt = sessions.Now;
        return await sessions.SaveAsync(db, transaction, projectId, $"the call notes of {edit.TestId}", who);
    }

    /// <summary>Saves the attendee list unless someone else changed it since the page showed it.</summary>
    public async Task<Result> SaveAttendeesAsync(int projectId, string typed, string baseline, string who)
    {
        if (typed.Length > 4000)
            return Result.Invalid("Attendees", "The attendee list is longer than 4,000 characters. List one person a line, name and email.");
        if (CallAttendees.Problems(typed) is { Count: > 0 } problems)
            return Result.Invalid("Attendees", string.Join(" ", problems));
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        if (await sessions.SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        switch (FieldMerge.Decide(CallAttendees.Normalize(typed), CallAttendees.Normalize(baseline), session.Attendees))
        {
            case MergeDecision.Conflict:
                return Result.Conflict($"{session.AttendeesBy} changed the attendees at {session.AttendeesAt?.UtcDateTime:HH:mm:ss} UTC while you were typing, so your list was not saved. " +
                    "Theirs shows under the box and yours is still in it: merge the two, then save again to replace theirs.");
            case MergeDecision.KeepStored:
                return Result.Unchanged();
        }
        session.Attendees = CallAttendees.Normalize(typed);
        sessions.Touch(session, who);
        (session.AttendeesBy, session.AttendeesAt) = (who, session.UpdatedAt);
        return await sessions.SaveAsync(db, transaction, projectId, "the attendees", who);
    }

    public async Task<Result> ChangeTimerAsync(int projectId, TimerAction action, int minutes, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        if (await sessions.SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        var now = sessions.Now;
        var change = action switch
        {
            TimerAction.Start => Result.Of(session.Timer.Start(now)),
            TimerAction.Pause => Result.Of(session.Timer.Pause(now)),
            TimerAction.Extend => session.Timer.Extend(minutes),
            _ => Result.Of(CallTimer.New),
        };
        if (change.Value is not { } changed)
            return change;
        if (changed == session.Timer)
            return Result.Unchanged();
        session.Set(changed);
        sessions.Touch(session, who);
        return await sessions.SaveAsync(db, transaction, projectId, "the call timer", who);
    }

    /// <summary>Puts a test on screen: the presenter view and every call page show it as the current one.</summary>
    public async Task<Result> ShowAsync(int projectId, string testId, string who)
    {
        if (TestCatalog.Find(testId) is null)
            return Result.Invalid("Test", $"There is no certification test '{testId}'.");
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        if (await sessions.SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        if (session.CurrentTestId == testId)
            return Result.Unchanged();
        session.CurrentTestId = testId;
        sessions.Touch(session, who);
        return await sessions.SaveAsync(db, transaction, projectId, "the test on screen", who);
    }

    /// <summary>Ticks or clears the person's half of a test; the test tracker's pass becomes final or waits again.</summary>
    public Task<Result> SetCheckedAsync(int projectId, string testId, bool seen, string who) => tracker.SetCheckAsync(projectId, testId, seen, who);

    /// <summary>Puts the test on screen and runs it against the channel manager now, recording its verdict like Play Mews does.</summary>
    public async Task<Result> RunNowAsync(int projectId, int connectionId, string testId, string who)
    {
        var shown = await ShowAsync(projectId, testId, who);
        return shown.Succeeded ? await runner.RunAsync(projectId, connectionId, testId, who) : shown;
    }
}
