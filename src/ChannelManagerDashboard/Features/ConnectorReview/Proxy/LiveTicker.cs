namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>Redraws a view once a second while something live lasts: the proxy's counters are in memory, and a second is enough for a person watching.</summary>
public sealed class LiveTicker(TimeProvider? clock = null) : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private bool ticking;

    /// <summary>Starts ticking unless it already does; it stops once <paramref name="lasts"/> turns false or the view closes.</summary>
    public void Start(Func<bool> lasts, Func<Task> redraw)
    {
        if (ticking)
            return;
        ticking = true;
        _ = TickAsync(lasts, redraw);
    }

    private async Task TickAsync(Func<bool> lasts, Func<Task> redraw)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock ?? TimeProvider.System);
        try
        {
            while (lasts() && await timer.WaitForNextTickAsync(stopping.Token))
                await redraw();
        }
        catch (OperationCanceledException)
        {
            // The view closed.
        }
        ticking = false;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        stopping.Dispose();
    }
}
