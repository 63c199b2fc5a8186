using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>What the step rules need beyond the project's own fields, for the project's current Mews environment.</summary>
/// <param name="ChosenConnections">Connections picked in P4.</param>
/// <param name="ConnectionsWithoutSnapshot">Of those, the ones whose configuration has not been fetched (P5).</param>
/// <param name="MappingGaps">What keeps the fetched connections' mappings from complete (P6).</param>
/// <param name="Probes">The last probe of each endpoint (P2), by operation path.</param>
/// <param name="RequiredTestsOpen">Required tests not passed, or passed but not checked by a person yet (P7).</param>
public sealed record StepFacts(bool HasCertificationFile, int ChosenConnections, int ConnectionsWithoutSnapshot, IReadOnlyList<string> MappingGaps,
    IReadOnlyDictionary<string, EndpointProbe> Probes, IReadOnlyList<string> RequiredTestsOpen)
{
    public static async Task<StepFacts> LoadAsync(DashboardDbContext db, CertificationProject project)
    {
        var hasFile = await db.CertificationFiles.AnyAsync(f => f.ProjectId == project.Id);
        var chosen = await db.ChosenConnectionIdsAsync(project);
        var fetched = await db.CountWithSnapshotAsync(chosen);
        var probes = await db.EndpointProbes.AsNoTracking().Where(p => p.ProjectId == project.Id).ToDictionaryAsync(p => p.Operation);
        var final = await db.FinalTestIdsAsync(project.Id);
        var open = TestCatalog.All.Where(t => t.Required && !final.Contains(t.Id)).Select(t => t.Id).ToList();
        return new StepFacts(hasFile, chosen.Count, chosen.Count - fetched, await Mapping.MappingGaps.LoadAsync(db, project), probes, open);
    }
}
