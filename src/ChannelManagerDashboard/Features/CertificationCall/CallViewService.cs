using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What call mode shows: the call's shared state, each test's newest run and whether Run now can push.</summary>
public sealed class CallViewService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MappingService mappings,
    TestTrackerService tracker,
    PlayMewsService playMews,
    LiveRuns liveRuns,
    TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Whether Run now can push, and for which connection. It reads the newest configuration and mapping.</summary>
    /// <returns>Null when the project does not exist.</returns>
    public async Task<Result<int>?> ReadinessAsync(int projectId) => await mappings.LoadAsync(projectId, null) is not { } mapping ? null
        : mapping.Problem is null && mapping.Connection is { } connection ? Result.Of(connection.Id)
        : Result.Invalid(Result.Whole, mapping.Problem ?? "").As<int>();

    /// <param name="readiness">What an open page learnt when it opened: it changes with P4 and P5, not with the call, so
    /// a reload on every tick need not read the configuration again. Null reads it.</param>
    /// <returns>Null when the project does not exist.</returns>
    public async Task<CallView?> LoadAsync(int projectId, Result<int>? readiness = null)
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
        return await db.SummariesOfAsync(newest);
    }

    /// <summary>The run's exchanges for the evidence panels; null when it is gone (retention) or unreadable.</summary>
    public Task<HarnessVerdict?> EvidenceAsync(int projectId, int runId) => playMews.VerdictAsync(projectId, runId);
}
