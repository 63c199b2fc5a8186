using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>Turns what a save is about to write into timeline entries, field by field, in the words of the feature each row belongs to.</summary>
public sealed class ActivityDescriber(IEnumerable<IActivityDescriber> describers)
{
    private readonly IReadOnlyList<IActivityDescriber> describers = [.. describers];

    public IReadOnlyList<ActivityEntry> Describe(IReadOnlyList<EntityEntry> changes, string who, DateTimeOffset at)
    {
        var draft = new ActivityDraft(changes, who, at);
        foreach (var change in changes.Where(c => c.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            foreach (var describer in describers)
                describer.Describe(change, draft);
        return draft.Entries;
    }
}
