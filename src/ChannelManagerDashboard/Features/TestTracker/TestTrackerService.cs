using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.TestTracker;

public sealed class TestTrackerService(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider clock, ProjectSignals signals, ProjectEvents events, ILogger<TestTrackerService> log)
{
    /// <summary>The project and its tests; null when the project does not exist.</summary>
    public async Task<TrackerView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId) is { } project
            ? new TrackerView(project, await ListAsync(projectId))
            : null;
    }

    /// <summary>Every catalog test in catalog order, with this project's saved result (or "not run").</summary>
    public async Task<IReadOnlyList<TestRow>> ListAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var records = await db.TestRecords.AsNoTracking().Where(r => r.ProjectId == projectId).ToDictionaryAsync(r => r.TestId);
        return TestCatalog.All.Select(test => records.TryGetValue(test.Id, out var r)
            ? new TestRow(test, r.Status, r.Notes, r.UpdatedBy, r.UpdatedAt, r.Status == TestStatus.Passed && r.NeedsHumanCheck, r.CheckedBy, r.CheckedAt)
            : new TestRow(test, TestStatus.NotRun, "", "", null)).ToList();
    }

    /// <param name="needsHumanCheck">
    /// A pass by Play Mews whose half for a person is open: shown as "passed, needs your check" until someone confirms it.
    /// A result a person records is theirs, so it is final.
    /// </param>
    public async Task<Result> RecordAsync(int projectId, string testId, TestStatus status, string notes, string who, bool needsHumanCheck = false)
    {
        if (TestCatalog.Find(testId) is null)
            return Result.Invalid("Test", $"There is no certification test '{testId}'.");
        if (status is TestStatus.Failed or TestStatus.Blocked or TestStatus.NotApplicable && string.IsNullOrWhiteSpace(notes))
            return Result.Invalid("Notes", $"Say in the notes why {testId} is {Describe(status)}, so the team knows what to do next.");
        if (TextLimit.Check(notes, MaxNotes) is { } tooLong)
            return Result.Invalid("Notes", tooLong);

        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return Result.ProjectMissing(projectId, "Test");
        var record = await db.TestRecords.FirstOrDefaultAsync(r => r.ProjectId == projectId && r.TestId == testId);
        if (record is null)
        {
            record = new TestRecord { ProjectId = projectId, TestId = testId };
            db.TestRecords.Add(record);
        }
        record.Status = status;
        record.NeedsHumanCheck = status == TestStatus.Passed && needsHumanCheck;
        record.Notes = notes.Trim();
        record.UpdatedBy = who;
        record.UpdatedAt = project.UpdatedAt = clock.GetUtcNow();
        // A person's final result is their own check; a new automatic result waits for a new one.
        var ownCheck = status == TestStatus.Passed && !needsHumanCheck;
        record.CheckedBy = ownCheck ? who : "";
        record.CheckedAt = ownCheck ? record.UpdatedAt : null;
        if (await db.TrySaveAsync(log, $"the result of {testId} in project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        log.LogInformation("Recorded {TestId} as {Status} in project {ProjectId}", testId, status, projectId);
        signals.Raise(projectId);
        return Result.Ok().Including(await events.PublishAsync(new TestResultsChanged(projectId, who)));
    }

    /// <summary>A person saw their half of an automatic pass (the values in the extranet): the pass becomes final.</summary>
    public Task<Result> ConfirmCheckAsync(int projectId, string testId, string who) => SetCheckAsync(projectId, testId, seen: true, who);

    /// <summary>
    /// Ticks a person's half of an automatic pass (it becomes final, with who checked it) or takes the tick back (the
    /// values did not show after all: the pass waits for a check again).
    /// </summary>
    public async Task<Result> SetCheckAsync(int projectId, string testId, bool seen, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var record = await db.TestRecords.FirstOrDefaultAsync(r => r.ProjectId == projectId && r.TestId == testId);
        if (record is not { Status: TestStatus.Passed } || record.NeedsHumanCheck != seen)
            return Result.Conflict(seen
                ? $"{testId} has no automatic pass waiting for a check any more; someone else may have recorded it. Reload the page."
                : $"{testId} is not a checked pass any more; someone else may have recorded it. The page shows its result now.");
        var now = clock.GetUtcNow();
        record.NeedsHumanCheck = !seen;
        record.Notes = TextCut.Shorten($"{record.Notes}\n{(seen ? "Checked by hand" : "Check withdrawn")}: {who}, {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC.", MaxNotes);
        (record.CheckedBy, record.CheckedAt) = seen ? (who, now) : ("", (DateTimeOffset?)null);
        record.UpdatedBy = who;
        record.UpdatedAt = now;
        if (await db.TrySaveAsync(log, $"the check of {testId} in project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        log.LogInformation("{TestId} {Change} in project {ProjectId}", testId, seen ? "checked by hand" : "check withdrawn", projectId);
        signals.Raise(projectId);
        return Result.Ok().Including(await events.PublishAsync(new TestResultsChanged(projectId, who)));
    }

    public const int MaxNotes = TextLimit.Notes;

    public static string Describe(TestStatus status) => status switch
    {
        TestStatus.NotRun => "not run",
        TestStatus.Passed => "passed",
        TestStatus.Failed => "failed",
        TestStatus.Blocked => "blocked",
        TestStatus.NotApplicable => "not applicable",
        _ => status.ToString(),
    };
}
