namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// A page's one long job (a run, a wait for a booking): what cancels it, and a redraw each second while it runs, as a
/// slow answer or a long wait sends no progress of its own.
/// </summary>
public sealed class RunningJob(TimeProvider clock) : IDisposable
{
    private CancellationTokenSource? cancel;

    /// <returns>The token that <see cref="Cancel"/> and <see cref="Finish"/> cancel.</returns>
    public CancellationToken Start(Func<Task> redraw)
    {
        cancel = new CancellationTokenSource();
        _ = TickAsync(redraw, cancel.Token);
        return cancel.Token;
    }

    public void Cancel() => cancel?.Cancel();

    /// <summary>Stops the ticking too: a job that ended has no time left to show.</summary>
    public void Finish()
    {
        cancel?.Cancel();
        cancel?.Dispose();
        cancel = null;
    }

    public void Dispose() => Finish();

    private async Task TickAsync(Func<Task> redraw, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                await redraw();
        }
        catch (OperationCanceledException)
        {
            // The job ended or the page closed.
        }
    }
}
