using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>
/// How one feature words the changes to its own rows on the project's timeline. Every feature that keeps project data
/// registers one; the timeline shows each change to all of them, and a row that is not theirs they leave alone.
/// </summary>
public interface IActivityDescriber
{
    void Describe(EntityEntry change, ActivityDraft draft);
}
