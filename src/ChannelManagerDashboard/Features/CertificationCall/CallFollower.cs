using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// Keeps one open page's view of a call current: it listens before the first load (so no save in between is missed),
/// reloads on every page refresh for its project on the page's own thread, and lets only the newest reload draw.
/// </summary>
public sealed class CallFollower(CallViewService call, ProjectPageRefresh pageRefresh, int projectId, Func<Func<Task>, Task> onPageThread, Action redraw, ILogger log)
    : IDisposable
{
    private int version;
    private int? currentRunId;

    public CallView? View { get; private set; }

    /// <summary>The newest run of the test on screen, with its exchanges.</summary>
    public HarnessVerdict? CurrentRun { get; private set; }

    public async Task StartAsync()
    {
        pageRefresh.Changed += OnPageRefresh;
        await ReloadAsync();
    }

    private void OnPageRefresh(int changed)
    {
        if (changed != projectId)
            return;
        _ = onPageThread(async () =>
        {
            try
            {
                if (await ReloadAsync())
                    redraw();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "A call page of project {ProjectId} could not follow a change", projectId);
            }
        });
    }

    /// <returns>False when a newer reload started meanwhile: it draws instead, so an older view never replaces a newer one.</returns>
    private async Task<bool> ReloadAsync()
    {
        var mine = ++version;
        var view = await call.LoadAsync(projectId, View?.Readiness);
        var runId = view?.Current?.LatestRun?.Id;
        var run = runId == currentRunId ? CurrentRun : runId is { } id ? await call.EvidenceAsync(projectId, id) : null;
        if (mine != version)
            return false;
        (View, CurrentRun, currentRunId) = (view, run, runId);
        return true;
    }

    public void Dispose() => pageRefresh.Changed -= OnPageRefresh;
}
