using Microsoft.AspNetCore.Components;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// A view of the 90-minute clock: every browser computes it from the same stored state and redraws it each second
/// while it runs, so the call page and the presenter view never drift apart.
/// </summary>
public abstract class TimerView : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource stop = new();

    [Inject] protected TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public CallTimer Timer { get; set; } = default!;

    /// <summary>Reads from the timer what the next render shows.</summary>
    protected virtual void Read()
    {
    }

    protected override void OnParametersSet() => Read();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
            _ = TickAsync();
    }

    private async Task TickAsync()
    {
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(1), Clock);
        // Read once: the source is disposed with the component, and its token stays usable after that.
        var closing = stop.Token;
        try
        {
            while (await ticker.WaitForNextTickAsync(closing))
            {
                if (Timer.State == CallTimerState.Running)
                    await InvokeAsync(() => { Read(); StateHasChanged(); });
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
