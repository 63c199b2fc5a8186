using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>Test results on the project's timeline: status and notes, a person's check, a reset.</summary>
public sealed class TestTrackerActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case TestRecord test when change.State == EntityState.Deleted:
                draft.Add(test.ProjectId, ActivityKind.Test, test.TestId, "reset to not run (certification starts over)");
                break;
            case TestRecord test:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, [nameof(TestRecord.Status), nameof(TestRecord.Notes)],
                             value => value is TestStatus status ? TestTrackerService.Describe(status) : null))
                    draft.Add(test.ProjectId, ActivityKind.Test, test.TestId, field == nameof(TestRecord.Status) ? "status" : "notes", before, after);
                if (change.State == EntityState.Modified && ActivityDraft.Modified(change, [nameof(TestRecord.NeedsHumanCheck)]).Any() && !test.NeedsHumanCheck)
                    draft.Add(test.ProjectId, ActivityKind.Test, test.TestId, "checked by hand");
                break;
        }
    }
}
