using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>What a step write reads first: the tracked project, its step progress and the facts the rules need.</summary>
internal sealed record StepContext(CertificationProject Project, List<StepProgress> Progress, StepFacts Facts)
{
    public static async Task<StepContext?> LoadAsync(DashboardDbContext db, int projectId)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var progress = await db.StepProgress.Where(s => s.ProjectId == projectId).ToListAsync();
        return new StepContext(project, progress, await StepFacts.LoadAsync(db, project));
    }
}
