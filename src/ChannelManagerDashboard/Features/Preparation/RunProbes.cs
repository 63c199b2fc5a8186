using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PlayMews;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// A passing Play Mews run sent real messages to the endpoints and got valid answers, which shows more than a probe
/// does: it counts as the probe of each endpoint it reached, at the URL it reached, unless a later probe says otherwise.
/// </summary>
public static class RunProbes
{
    /// <summary>The newest passing runs read; each test's newest pass is among them in any real project.</summary>
    private const int RunsRead = 30;

    /// <returns>How many endpoints' probes a passing run now stands for (changes tracked, not saved).</returns>
    public static async Task<int> AdoptAsync(DashboardDbContext db, CertificationProject project)
    {
        var probes = await db.EndpointProbes.Where(p => p.ProjectId == project.Id).ToDictionaryAsync(p => p.Operation);
        var open = EndpointProbeService.Targets(project.Endpoints)
            .Where(t => t.Probeable && (probes.GetValueOrDefault(t.Operation) is not { Answered: true } probe || probe.Url != t.Url))
            .ToList();
        if (open.Count == 0)
            return 0;
        var runs = await db.NewestPassedRunsAsync(project.Id, RunsRead);
        var reachedBy = runs.Select(r => (r.RunBy, r.StartedAt, Urls: r.Verdict?.Evidence.Where(e => e.Passed).Select(e => e.Url).ToHashSet() ?? []))
            .ToList();
        var adopted = 0;
        foreach (var (operation, _, url, _) in open)
        {
            var probe = probes.GetValueOrDefault(operation);
            // A probe after the run that went to this URL and failed is newer news than the run.
            if (reachedBy.FirstOrDefault(r => r.Urls.Contains(url)) is not { Urls: not null } reached
                || probe is { Answered: false } && probe.Url == url && probe.ProbedAt > reached.StartedAt)
                continue;
            if (probe is null)
            {
                probe = new EndpointProbe { ProjectId = project.Id, Operation = operation };
                db.EndpointProbes.Add(probe);
            }
            (probe.Url, probe.Answered, probe.Problem, probe.ProbedBy, probe.ProbedAt) = (url, true, "", reached.RunBy, reached.StartedAt);
            adopted++;
        }
        return adopted;
    }
}
