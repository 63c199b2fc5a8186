namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// The app-wide bound on pushes in flight (<see cref="HarnessSettings.MaxRequestsInFlight"/>), so many people's runs
/// together cannot flood the machine or one channel manager. A push's latency is timed from when it gets its slot.
/// </summary>
public sealed class CmRequestGate(int slots)
{
    private readonly SemaphoreSlim free = new(slots, slots);

    /// <summary>For one caller alone (the certify command, a benchmark): its runs bound themselves.</summary>
    public static CmRequestGate Unbounded() => new(int.MaxValue);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellation)
    {
        await free.WaitAsync(cancellation);
        return new Slot(free);
    }

    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                free.Release();
        }
    }
}
