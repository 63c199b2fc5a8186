using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.Connections;
using ChannelManagerDashboard.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>P6's facts: for every picked connection with a fetched configuration, what its mapping still lacks.</summary>
public static class MappingGaps
{
    public static async Task<IReadOnlyList<string>> LoadAsync(DashboardDbContext db, CertificationProject project)
    {
        var connections = await ChosenConnections(db, project).AsNoTracking().ToListAsync();
        var gaps = new List<string>();
        foreach (var connection in connections)
        {
            if (await LatestSnapshot(db, connection.Id).Select(s => s.ConfigurationJson).FirstOrDefaultAsync() is not { } json)
                continue;
            var prefix = connections.Count > 1 ? $"{connection.Label}: " : "";
            if (PropertyConfiguration.Parse(json) is not { } configuration)
            {
                gaps.Add($"{prefix}the newest configuration cannot be read; fetch it again in P5.");
                continue;
            }
            var (state, _) = MappingState.Read(await db.MappingSets.Where(m => m.ConnectionId == connection.Id).Select(m => m.StateJson).FirstOrDefaultAsync());
            gaps.AddRange(MappingCoverage.Evaluate(configuration, state).Gaps().Select(g => prefix + g));
        }
        return gaps;
    }

    /// <summary>The connections picked in P4 for the project's current environment.</summary>
    public static IQueryable<PropertyConnection> ChosenConnections(DashboardDbContext db, CertificationProject project) =>
        db.PropertyConnections.Where(c => c.ProjectId == project.Id && c.Environment == project.Environment && c.RemovedAt == null).OrderBy(c => c.Id);

    public static IQueryable<ConfigurationSnapshot> LatestSnapshot(DashboardDbContext db, int connectionId) =>
        db.ConfigurationSnapshots.AsNoTracking().Where(s => s.ConnectionId == connectionId).OrderByDescending(s => s.Id).Take(1);
}
