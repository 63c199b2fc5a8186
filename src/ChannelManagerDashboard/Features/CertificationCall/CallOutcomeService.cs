using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>How a certification call ended, kept with its results; a fail starts over and can be taken back.</summary>
public sealed class CallOutcomeService(IDbContextFactory<DashboardDbContext> dbFactory, CallSessionWriter sessions, TestTrackerService tracker, ProjectEvents events)
{
    /// <summary>
    /// Keeps how the call ended. A fail starts certification over: every test result and call note goes back to
    /// "not run" and the timer to its start, with what they were kept in the outcome.
    /// </summary>
    public async Task<Result> RecordOutcomeAsync(int projectId, CallVerdict verdict, DateOnly date, string notes, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        if (await sessions.SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        var previous = await db.CallOutcomes.Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).FirstOrDefaultAsync();
        var now = sessions.Now;
        if (OutcomeRules.Problems(verdict, date, notes, DateOnly.FromDateTime(now.UtcDateTime), previous) is { Count: > 0 } problems)
            return Result.Invalid("Outcome", string.Join(" ", problems));
        var callNotes = await db.CallNotes.Where(n => n.ProjectId == projectId).ToListAsync();
        var rows = await tracker.ListAsync(projectId);
        db.CallOutcomes.Add(new CallOutcome
        {
            ProjectId = projectId, Verdict = verdict, Date = date, Notes = notes.Trim(), RecordedBy = who, RecordedAt = now,
            RecordsJson = OutcomeRecord.Write(OutcomeRecord.From(rows, callNotes.ToDictionary(n => n.TestId))),
        });
        var cleared = 0;
        if (verdict == CallVerdict.Failed)
        {
            cleared = await db.ClearRecordsAsync(projectId);
            db.CallNotes.RemoveRange(callNotes);
            session.Set(CallTimer.New);
            session.CurrentTestId = "";
        }
        sessions.Touch(session, who);
        var saved = await sessions.SaveAsync(db, transaction, projectId, $"the call outcome ({verdict})", who);
        if (!saved.Succeeded)
            return saved;
        // Cleared results reopen P7 (and say so); a pass changes no result.
        var reaction = cleared > 0 ? await events.PublishAsync(new TestVerdictsChanged(projectId, who)) : Result.Ok();
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
        await using var transaction = await db.BeginChangeAsync();
        if (await sessions.SessionAsync(db, projectId) is not { } session)
            return Result.ProjectMissing(projectId);
        var latest = await db.CallOutcomes.Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).FirstOrDefaultAsync();
        if (latest is not { Verdict: CallVerdict.Failed } || latest.Id != outcomeId)
            return Result.Conflict("This fail is no longer the latest outcome of the call, so it cannot be undone.");
        var since = await db.RecordCountAsync(projectId) + await db.CallNotes.CountAsync(n => n.ProjectId == projectId);
        if (since > 0)
            return Result.Conflict($"{Counted.Of(since, "result or note", "results or notes")} {(since == 1 ? "was" : "were")} recorded since the fail; undoing it would overwrite them. The old ones stay readable under Past rounds.");

        var now = sessions.Now;
        var kept = OutcomeRecord.Read(latest.RecordsJson);
        var results = kept.Select(k => k.ToTestRecord(projectId)).OfType<TestRecord>().ToList();
        var notes = kept.Select(k => k.ToCallNote(projectId, who, now)).OfType<CallNote>().ToList();
        db.RestoreRecords(results);
        db.CallNotes.AddRange(notes);
        db.CallOutcomes.Remove(latest);
        sessions.Touch(session, who);
        var saved = await sessions.SaveAsync(db, transaction, projectId, "the undone fail", who);
        if (!saved.Succeeded)
            return saved;
        var reaction = results.Count > 0 ? await events.PublishAsync(new TestVerdictsChanged(projectId, who)) : Result.Ok();
        return Result.Ok($"The fail is undone: {Counted.Of(results.Count, "test result")} and {Counted.Of(notes.Count, "call note")} are back. The timer stays reset.").Including(reaction);
    }
}
