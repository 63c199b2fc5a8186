using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Mapping changes and their undoing on the project's timeline.</summary>
public sealed class MappingActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        // An undo deletes the revision it reverts; the mapping saved alongside says whose project it is.
        if (change is { Entity: MappingRevision revision, State: not EntityState.Modified } &&
            draft.Changes.Select(c => c.Entity).OfType<MappingSet>().FirstOrDefault(s => s.ConnectionId == revision.ConnectionId) is { } set)
            draft.Add(set.ProjectId, ActivityKind.Mapping, $"connection {revision.ConnectionId}",
                change.State == EntityState.Added ? "mapping changed" : "mapping change undone", after: revision.Description);
    }
}
