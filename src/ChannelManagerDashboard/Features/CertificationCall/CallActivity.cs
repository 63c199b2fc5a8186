using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>The certification call on the project's timeline: minutes and remarks, attendees, the verdict.</summary>
public sealed class CallActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case CallNote note when change.State != EntityState.Deleted:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, [nameof(CallNote.Minutes), nameof(CallNote.Remarks)]))
                    draft.Add(note.ProjectId, ActivityKind.Call, note.TestId, field == nameof(CallNote.Minutes) ? "call minutes" : "Mews' remarks", before, after);
                break;
            case CallSession session:
                foreach (var (_, before, after) in ActivityDraft.Modified(change, [nameof(CallSession.Attendees)]))
                    draft.Add(session.ProjectId, ActivityKind.Call, "Attendees", "changed", before, after);
                break;
            case CallOutcome outcome when change.State == EntityState.Added:
                draft.Add(outcome.ProjectId, ActivityKind.Call, "Certification call", outcome.Verdict == CallVerdict.Passed ? "passed" : "failed",
                    after: $"{outcome.Date:yyyy-MM-dd}{(outcome.Notes.Length > 0 ? ": " + outcome.Notes : "")}");
                break;
        }
    }
}
