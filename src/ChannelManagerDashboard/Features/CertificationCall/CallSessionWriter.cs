using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What every change to a call shares: its session row, who touched it last, and saving with a page refresh to the open pages.</summary>
public sealed class CallSessionWriter(ProjectPageRefresh pageRefresh, TimeProvider clock, ILogger<CallSessionWriter> log)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The project's call session, added when it has none yet; null when the project does not exist.</summary>
    public async Task<CallSession?> SessionAsync(DashboardDbContext db, int projectId)
    {
        if (await db.CallSessions.FirstOrDefaultAsync(s => s.ProjectId == projectId) is { } session)
            return session;
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return null;
        session = new CallSession { ProjectId = projectId };
        db.CallSessions.Add(session);
        return session;
    }

    public void Touch(CallSession session, string who)
    {
        session.UpdatedBy = who;
        session.UpdatedAt = Now;
    }

    /// <summary>Saves and commits, then tells every open call page of the project.</summary>
    public async Task<Result> SaveAsync(DashboardDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, int projectId, string what, string who)
    {
        if (await db.TrySaveAsync(log, $"{what} of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        await transaction.CommitAsync();
        log.LogInformation("Saved {What} of the call in project {ProjectId}", what, projectId);
        pageRefresh.Raise(projectId);
        return Result.Ok();
    }
}
