using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.TestTracker;

public sealed class TestTrackerService(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider clock, ProjectPageRefresh pageRefresh, ProjectEvents events, ILogger<TestTrackerService> log)
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
            ? r.Status == TestStatus.Passed
                ? new TestRow(test, r.Status, r.Notes, r.UpdatedBy, r.UpdatedAt, r.NeedsHumanCheck, r.CheckedBy, r.CheckedAt)
                : new TestRow(test, r.Status, r.Notes, r.UpdatedBy, r.UpdatedAt, LapsedCheckBy: r.CheckedBy)
            : new TestRow(test, TestStatus.NotRun, "", "", null)).ToList();
    }

    /// <param name="needsHumanCheck">
    /// A pass by Play Mews whose half for a person is open: shown as "passed, needs your check" until someone confirms it.
    /// A result a person records is theirs, so it is final.
    /// </param>
    /// <param name="fromRun">A run recorded it, not a person: a person's earlier check of a pass stands while runs keep passing.</param>
    public async Task<Result> RecordAsync(int projectId, string testId, TestStatus status, string notes, string who, bool needsHumanCheck = false, bool fromRun = false)
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
        var earlierCheck = fromRun ? RunCheck.Before(record) : null;
        record.Status = status;
        record.NeedsHumanCheck = status == TestStatus.Passed && needsHumanCheck && earlierCheck is null;
        record.Notes = earlierCheck is null ? notes.Trim() : TextCut.Shorten($"{notes.Trim()}\n{RunCheck.Says(earlierCheck, status)}", MaxNotes);
        record.UpdatedBy = who;
        record.UpdatedAt = project.UpdatedAt = clock.GetUtcNow();
        // A person's final result is their own check; a new automatic result waits for a new one, unless it repeats the checked
        // pass. A run that differs keeps who had checked, so the row can say the check no longer holds.
        var ownCheck = status == TestStatus.Passed && !needsHumanCheck && !fromRun;
        if (earlierCheck is null)
        {
            record.CheckedBy = ownCheck ? who : "";
            record.CheckedAt = ownCheck ? record.UpdatedAt : null;
        }
        if (await db.TrySaveAsync(log, $"the result of {testId} in project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        log.LogInformation("Recorded {TestId} as {Status} in project {ProjectId}", testId, status, projectId);
        pageRefresh.Raise(projectId);
        return Result.Ok().Including(await events.PublishAsync(new TestVerdictsChanged(projectId, who)));
    }

    /// <summary>A person saw their half of an automatic pass (the values in the extranet): the pass becomes final.</summary>
    public Task<Result> ConfirmCheckAsync(int projectId, string testId, string who) => SetCheckAsync(projectId, testId, seen: true, who);

    /// <summary>
    /// Confirms several automatic passes at once, each exactly as its own "I checked it" would: one check, note and
    /// activity entry per test, in the person's name. A test someone else recorded meanwhile is left as it is and named.
    /// </summary>
    public async Task<Result> ConfirmChecksAsync(int projectId, IReadOnlyList<string> testIds, string who)
    {
        var refused = new List<string>();
        var warnings = new List<string>();
        foreach (var testId in testIds)
        {
            var confirmed = await ConfirmCheckAsync(projectId, testId, who);
            if (!confirmed.Succeeded)
                refused.Add(testId);
            warnings.AddRange(confirmed.Warnings);
        }
        var done = testIds.Count - refused.Count;
        var summary = $"{done} check{(done == 1 ? "" : "s")} confirmed by {who}.";
        return (refused.Count == 0
            ? Result.Ok(summary)
            : Result.Conflict($"{summary} Not confirmed, as someone else recorded them meanwhile: {string.Join(", ", refused)}. The page shows their results now."))
            with { Warnings = warnings };
    }

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
        pageRefresh.Raise(projectId);
        return Result.Ok().Including(await events.PublishAsync(new TestVerdictsChanged(projectId, who)));
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
