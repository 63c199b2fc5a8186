using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Stored runs as other features read them, within their own operation's context.</summary>
public static class HarnessRunVerdicts
{
    /// <summary>The results of the runs <paramref name="runIds"/>; a run whose stored result cannot be read is left out.</summary>
    public static async Task<IReadOnlyList<HarnessVerdict>> VerdictsOfAsync(this DashboardDbContext db, IReadOnlyCollection<int> runIds) =>
        (await db.HarnessRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).Select(r => r.VerdictGzip).ToListAsync())
            .Select(HarnessVerdictJson.Decompress).OfType<HarnessVerdict>().ToList();
}
