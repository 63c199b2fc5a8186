using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Each Play Mews run on the project's timeline, with its verdict.</summary>
public sealed class PlayMewsActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        if (change is { Entity: HarnessRun run, State: EntityState.Added })
            draft.Add(run.ProjectId, ActivityKind.Run, run.TestId, run.Blocked ? "ran: blocked" : run.Passed ? "ran: passed" : "ran: failed", after: run.Summary);
    }
}
