using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Accounts;
using MudBlazor;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What the Play Mews page holds between renders: the view, the run going on and its progress, its verdict, the filter and the run picked for details.</summary>
public sealed class PlayMewsState(PlayMewsService playMews, RunSelection selection, CurrentUser user, TimeProvider clock, ILogger<PlayMewsState> log) : IDisposable
{
    private readonly RunningJob job = new(clock);

    public int ProjectId { get; private set; }

    public PlayMewsView? View { get; private set; }

    public bool Loaded { get; private set; }

    public bool Running { get; private set; }

    public RunProgress? Progress { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public bool FailuresOnly { get; set; }

    /// <summary>ERR-05's token of a deactivated connection, for this run only.</summary>
    public string InactiveToken { get; set; } = "";

    public RunSelection Selection => selection;

    /// <summary>Redraws the page; set by the page, as progress arrives between its events.</summary>
    public Func<Task> Redraw { get; set; } = () => Task.CompletedTask;

    /// <summary>Shows a message the page pops up (a snackbar).</summary>
    public Action<string, Severity> Notify { get; set; } = (_, _) => { };

    public async Task LoadAsync(int projectId, int? connectionId)
    {
        ProjectId = projectId;
        View = await playMews.LoadAsync(projectId, connectionId);
        Loaded = true;
    }

    public bool Shown(HarnessTest test) => !FailuresOnly || View?.HasFailed(test.Id) == true;

    public async Task RunAsync(IReadOnlyList<string> testIds)
    {
        // Viewers' controls are disabled; this refuses what a browser sends anyway.
        if (!user.CanChange || View?.Connection is not { } connection || Running)
            return;
        Running = true;
        (Message, Failed) = (null, false);
        var whole = Progress = new RunProgress(testIds, clock);
        var cancellation = job.Start(Redraw);
        // Progress<T> posts to the circuit's dispatcher, so the reports arrive one at a time.
        var reporter = new Progress<HarnessProgress>(p =>
        {
            if (whole.Report(p))
                _ = Redraw();
        });
        try
        {
            var run = await playMews.RunAsync(ProjectId, connection.Id, testIds, new Secret(InactiveToken), user.Who, reporter, cancellation);
            var summary = PlayMewsRun.Summary(run);
            (Message, Failed) = (summary, PlayMewsRun.Failed(run));
            Notify(summary, Failed ? Severity.Warning : Severity.Success);
            if (PlayMewsRun.Highlighted(run) is { } shown)
                await SelectAsync(shown.TestId, null);
        }
        catch (OperationCanceledException)
        {
            (Message, Failed) = ("Cancelled. Tests that finished before are saved; the one that was running is not.", false);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Play Mews run in project {ProjectId} stopped", ProjectId);
            (Message, Failed) = ($"The run stopped on an unexpected error: {ex.Message} Tests that finished before are saved.", true);
        }
        finally
        {
            Running = false;
            job.Finish();
        }
        View = await playMews.LoadAsync(ProjectId, connection.Id) ?? View;
    }

    public void Cancel() => job.Cancel();

    /// <param name="reload">Reload the view first, as the tracker changed (a system-error check was recorded).</param>
    public async Task SelectAsync(string testId, int? runId, bool reload = false)
    {
        if (reload)
            View = await playMews.LoadAsync(ProjectId, View?.Connection?.Id) ?? View;
        await selection.SelectAsync(ProjectId, testId, runId);
    }

    public void Dispose() => job.Dispose();
}
