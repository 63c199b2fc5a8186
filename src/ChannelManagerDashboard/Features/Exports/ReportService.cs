using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>Builds the certification report from what the dashboard keeps: results, the newest run's evidence, call notes, outcomes.</summary>
public sealed class ReportService(IDbContextFactory<DashboardDbContext> dbFactory, TestTrackerService tracker, TimeProvider clock)
{
    /// <returns>Null when the project does not exist.</returns>
    public async Task<CertificationReport?> BuildAsync(int projectId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var notes = await db.NotesAsync(projectId);
        var outcomes = await db.OutcomesAsync(projectId);
        var newest = (await CurrentRound.NewestRunsAsync(db, projectId)).Values.ToList();
        var results = (await db.VerdictsOfAsync(newest)).ToDictionary(r => r.TestId);

        var tests = (await tracker.ListAsync(projectId)).OrderBy(r => r.Test.Group).Select(row =>
        {
            var note = notes.GetValueOrDefault(row.Test.Id);
            var run = results.GetValueOrDefault(row.Test.Id);
            var failures = row.Status is TestStatus.Failed or TestStatus.Blocked
                ? run is { Passed: false } ? run.Reasons.Select(TokenMask.HideMasks).ToList() : [TokenMask.HideMasks(row.Notes)]
                : [];
            return new ReportTest(row.Test, row.Status, row.NeedsHumanCheck, row.CheckedBy, row.UpdatedBy, row.UpdatedAt, TokenMask.HideMasks(row.Notes),
                note?.Minutes ?? "", note?.Remarks ?? "", run?.StartedAt, failures, run is null ? [] : Exchanges(run));
        }).ToList();
        return new CertificationReport(project.Name, project.PartnerId, project.Environment.ToString(), project.PilotPropertyName,
            clock.GetUtcNow(), who, tests, outcomes);
    }

    /// <summary>The call as a calendar file, with the attendees listed in call mode.</summary>
    /// <returns>The file's text; or why there is none yet, or Missing when the project does not exist.</returns>
    public async Task<Result<string>> CalendarAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId) is not { } project)
            return Result.ProjectMissing(projectId).As<string>();
        return CallCalendar.Write(project, CallAttendees.Parse(await db.AttendeesAsync(projectId)));
    }

    private static List<ReportExchange> Exchanges(HarnessVerdict run) => run.Evidence.Select(e => new ReportExchange(
        e.Label, TokenMask.HideMasks(e.Url), e.SentAt, e.StatusCode, e.Passed, e.Passed ? [] : [TokenMask.HideMasks(e.Finding())],
        ReturnedIds.From(e.RequestBody, e.ResponseBody))).ToList();
}
