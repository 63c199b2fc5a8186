using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>
/// Adds the timeline entries for every save to that same save, so a change and its record are written together or
/// not at all. Who made it comes from the save itself (<see cref="DashboardDbContext.ChangedBy"/>).
/// </summary>
public sealed class ActivityRecorder(ActivityDescriber describer, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not DashboardDbContext db)
            return;
        db.ChangeTracker.DetectChanges();
        var entries = describer.Describe([.. db.ChangeTracker.Entries()], db.ChangedBy.Length > 0 ? db.ChangedBy : "the dashboard", clock.GetUtcNow());
        db.Set<ActivityEntry>().AddRange(entries);
    }
}
