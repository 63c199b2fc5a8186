using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// The shared state of a certification call: notes, attendees, timer, the test on screen and live runs. Every save
/// raises <see cref="ProjectSignals"/>, so each open call page redraws without a reload.
/// </summary>
public sealed class CallService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MappingService mappings,
    TestTrackerService tracker,
    PlayMewsService playMews,
    LiveRuns liveRuns,
    LiveRunner runner,
    ProjectSignals signals,
    ProjectEvents events,
    TimeProvider clock,
    ILogger<CallService> log)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Whether Run now can push, and for which connection. It reads the newest configuration and mapping.</summary>
    /// <returns>Null when the project does not exist.</returns>
    public async Task<RunReadiness?> ReadinessAsync(int projectId) =>
        await mappings.LoadAsync(projectId, null) is { } mapping ? new RunReadiness(mapping.Problem is null ? mapping.Connection?.Id : null, mapping.Problem) : null;

    /// <param name="readiness">What an open page learnt when it opened: it changes with P4 and P5, not with the call, so
    /// a reload on every tick need not read the configuration again. Null reads it.</param>
    /// <returns>Null when the project does not exist.</returns>
    public async Task<CallView?> LoadAsync(int projectId, RunReadiness? readiness = null)
    {
        readiness ??= await ReadinessAsync(projectId);
        await using var db = await dbFactory.CreateDbContextAsync();
        if (readiness is null || await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId) is not { } project)
            return null;
        var session = await db.CallSessions.AsNoTracking().FirstOrDefaultAsync(s => s.ProjectId == projectId) ?? new CallSession();
        var notes = await db.CallNotes.AsNoTracking().Where(n => n.ProjectId == projectId).ToDictionaryAsync(n => n.TestId);
        var outcomes = await db.CallOutcomes.AsNoTracking().Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).ToListAsync();
        var latest = await LatestRunsAsync(db, projectId);
        var rows = (await tracker.ListAsync(projectId))
            .OrderBy(r => r.Test.Group)
            .Select(r => new CallRow(r, latest.GetValueOrDefault(r.Test.Id), notes.GetValueOrDefault(r.Test.Id), liveRuns.RunningBy(projectId, r.Test.Id)))
            .ToList();
        return new CallView(project, session.Timer, session.Attendees, session.AttendeesBy, session.CurrentTestId, rows, readiness, outcomes);
    }

    /// <summary>Each test's newest kept run of the current round, whichever feature ran it.</summary>
    private static async Task<Dictionary<string, HarnessRunSummary>> LatestRunsAsync(DashboardDbContext db, int projectId)
    {
        var newest = (await CurrentRound.NewestRunsAsync(db, projectId)).Values.ToList();
        return await db.HarnessRuns.AsNoTracking().Where(r => newest.Contains(r.Id))
            .AsSummaries()
            .ToDictionaryAsync(r => r.TestId);
    }

    /// <summary>The run's exchanges for the evidence panels; null when it is gone (retention) or unreadable.</summary>
    public Task<HarnessResult?> EvidenceAsync(int projectId, int runId) => playMews.ResultAsync(projectId, runId);

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
        await using var transaction = await db.Database.BeginTransactionAsync();
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
        note.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(db, transaction, projectId, $"the call notes of {edit.TestId}", who);
    }

    /// <summary>Saves the attendee list unless someone else changed it since the page showed it.</summary>
    public async Task<Result> SaveAttendeesAsync(int projectId, string typed, string baseline, string who)
    {
        if (typed.Length > 4000)
            return Result.Invalid("Attendees", "The attendee list is longer than 4,000 characters. List one person a line, name and email.");
        if (CallAttendees.Problems(typed) is { Count: > 0 } problems)
            return Result.Invalid("Attendees", string.Join(" ", problems));
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await SessionAsync(db, projectId) is not { } session)
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
        Touch(session, who);
        (session.AttendeesBy, session.AttendeesAt) = (who, session.UpdatedAt);
        return await SaveAsync(db, transaction, projectId, "the attendees", who);
    }

    public async Task<Result> ChangeTimerAsync(int projectId, TimerAction action, int minutes, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        var now = clock.GetUtcNow();
        var (changed, problem) = action switch
        {
            TimerAction.Start => (session.Timer.Start(now), null),
            TimerAction.Pause => (session.Timer.Pause(now), null),
            TimerAction.Extend => session.Timer.Extend(minutes),
            _ => (CallTimer.New, (string?)null),
        };
        if (changed is null)
            return Result.Invalid("Extend", problem!);
        if (changed == session.Timer)
            return Result.Unchanged();
        session.Set(changed);
        Touch(session, who);
        return await SaveAsync(db, transaction, projectId, "the call timer", who);
    }

    /// <summary>Puts a test on screen: the presenter view and every call page show it as the current one.</summary>
    public async Task<Result> ShowAsync(int projectId, string testId, string who)
    {
        if (TestCatalog.Find(testId) is null)
            return Result.Invalid("Test", $"There is no certification test '{testId}'.");
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        if (session.CurrentTestId == testId)
            return Result.Unchanged();
        session.CurrentTestId = testId;
        Touch(session, who);
        return await SaveAsync(db, transaction, projectId, "the test on screen", who);
    }

    /// <summary>Ticks or clears the person's half of a test; the test tracker's pass becomes final or waits again.</summary>
    public Task<Result> SetCheckedAsync(int projectId, string testId, bool seen, string who) => tracker.SetCheckAsync(projectId, testId, seen, who);

    /// <summary>Puts the test on screen and runs it against the channel manager now, recording its verdict like Play Mews does.</summary>
    public async Task<Result> RunNowAsync(int projectId, int connectionId, string testId, string who)
    {
        var shown = await ShowAsync(projectId, testId, who);
        return shown.Succeeded ? await runner.RunAsync(projectId, connectionId, testId, who) : shown;
    }

    /// <summary>
    /// Keeps how the call ended. A fail starts certification over: every test result and call note goes back to
    /// "not run" and the timer to its start, with what they were kept in the outcome.
    /// </summary>
    public async Task<Result> RecordOutcomeAsync(int projectId, CallVerdict verdict, DateOnly date, string notes, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        var previous = await db.CallOutcomes.Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).FirstOrDefaultAsync();
        var now = clock.GetUtcNow();
        if (OutcomeRules.Problems(verdict, date, notes, DateOnly.FromDateTime(now.UtcDateTime), previous) is { Count: > 0 } problems)
            return Result.Invalid("Outcome", string.Join(" ", problems));
        var callNotes = await db.CallNotes.Where(n => n.ProjectId == projectId).ToListAsync();
        var rows = await tracker.ListAsync(projectId);
        db.CallOutcomes.Add(new CallOutcome
        {
            ProjectId = projectId, Verdict = verdict, Date = date, Notes = notes.Trim(), RecordedBy = who, RecordedAt = now,
            ResultsJson = OutcomeRecord.Write(OutcomeRecord.From(rows, callNotes.ToDictionary(n => n.TestId))),
        });
        var cleared = 0;
        if (verdict == CallVerdict.Failed)
        {
            var records = await db.TestRecords.Where(r => r.ProjectId == projectId).ToListAsync();
            cleared = records.Count;
            db.TestRecords.RemoveRange(records);
            db.CallNotes.RemoveRange(callNotes);
            session.Set(CallTimer.New);
            session.CurrentTestId = "";
        }
        Touch(session, who);
        var saved = await SaveAsync(db, transaction, projectId, $"the call outcome ({verdict})", who);
        if (!saved.Succeeded)
            return saved;
        // Cleared results reopen P7 (and say so); a pass changes no result.
        var reaction = cleared > 0 ? await events.PublishAsync(new TestResultsChanged(projectId, who)) : Result.Ok();
        return Result.Ok(OutcomeRules.Next(verdict, cleared)).Including(reaction);
    }

    /// <summary>
    /// Takes back the fail <paramref name="outcomeId"/>: its kept results and call notes are stored again and the fail
    /// is no longer recorded. Refused once it is not the latest outcome or once anything was recorded since, as putting
    /// the old results back would overwrite newer ones. The timer stays as it is (a fail does not keep it).
    /// </summary>
    public async Task<Result> UndoFailAsync(int projectId, int outcomeId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        var latest = await db.CallOutcomes.Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).FirstOrDefaultAsync();
        if (latest is not { Verdict: CallVerdict.Failed } || latest.Id != outcomeId)
            return Result.Conflict("This fail is no longer the latest outcome of the call, so it cannot be undone.");
        var since = await db.TestRecords.CountAsync(r => r.ProjectId == projectId) + await db.CallNotes.CountAsync(n => n.ProjectId == projectId);
        if (since > 0)
            return Result.Conflict($"{Counted.Of(since, "result or note", "results or notes")} {(since == 1 ? "was" : "were")} recorded since the fail; undoing it would overwrite them. The old ones stay readable under Past rounds.");

        var now = clock.GetUtcNow();
        var kept = OutcomeRecord.Read(latest.ResultsJson);
        var results = kept.Select(k => k.ToTestRecord(projectId)).OfType<TestRecord>().ToList();
        var notes = kept.Select(k => k.ToCallNote(projectId, who, now)).OfType<CallNote>().ToList();
        db.TestRecords.AddRange(results);
        db.CallNotes.AddRange(notes);
        db.CallOutcomes.Remove(latest);
        Touch(session, who);
        var saved = await SaveAsync(db, transaction, projectId, "the undone fail", who);
        if (!saved.Succeeded)
            return saved;
        var reaction = results.Count > 0 ? await events.PublishAsync(new TestResultsChanged(projectId, who)) : Result.Ok();
        return Result.Ok($"The fail is undone: {Counted.Of(results.Count, "test result")} and {Counted.Of(notes.Count, "call note")} are back. The timer stays reset.").Including(reaction);
    }

    private async Task<CallSession?> SessionAsync(DashboardDbContext db, int projectId)
    {
        if (await db.CallSessions.FirstOrDefaultAsync(s => s.ProjectId == projectId) is { } session)
            return session;
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return null;
        session = new CallSession { ProjectId = projectId };
        db.CallSessions.Add(session);
        return session;
    }

    private void Touch(CallSession session, string who)
    {
        session.UpdatedBy = who;
        session.UpdatedAt = clock.GetUtcNow();
    }

    private async Task<Result> SaveAsync(DashboardDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, int projectId, string what, string who)
    {
        if (await db.TrySaveAsync(log, $"{what} of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        await transaction.CommitAsync();
        log.LogInformation("Saved {What} of the call in project {ProjectId}", what, projectId);
        signals.Raise(projectId);
        return Result.Ok();
    }
}
