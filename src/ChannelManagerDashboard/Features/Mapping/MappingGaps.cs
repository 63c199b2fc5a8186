using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>P6's facts: for every picked connection with a fetched configuration, what its mapping still lacks.</summary>
public static class MappingGaps
{
    public static async Task<IReadOnlyList<string>> LoadAsync(DashboardDbContext db, CertificationProject project)
    {
        var connections = await db.ChosenConnectionsAsync(project);
        var gaps = new List<string>();
        foreach (var connection in connections)
        {
            if (await db.LatestProfileJsonAsync(connection.Id) is not { } json)
                continue;
            var prefix = connections.Count > 1 ? $"{connection.Label}: " : "";
            if (PropertyProfileData.Parse(json) is not { } profile)
            {
                gaps.Add($"{prefix}the newest configuration cannot be read; fetch it again in P5.");
                continue;
            }
            var state = MappingState.Read(await db.MappingSets.Where(m => m.ConnectionId == connection.Id).Select(m => m.StateJson).FirstOrDefaultAsync()).Value!;
            gaps.AddRange(MappingCoverage.Evaluate(profile, state).Gaps().Select(g => prefix + g));
        }
        return gaps;
    }
}
