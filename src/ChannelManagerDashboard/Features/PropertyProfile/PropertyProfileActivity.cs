using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>Each fetched configuration (P5) on the project's timeline, with its size.</summary>
public sealed class PropertyProfileActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        if (change is { Entity: PropertyProfileSnapshot snapshot, State: EntityState.Added })
            draft.Add(snapshot.ProjectId, ActivityKind.Configuration, snapshot.PropertyName, "configuration fetched",
                after: $"{snapshot.SpaceTypeCount} space types, {snapshot.RatePlanCount} rate plans");
    }
}
