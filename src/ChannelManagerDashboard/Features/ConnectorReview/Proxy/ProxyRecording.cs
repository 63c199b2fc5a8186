namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>A run the proxy is recording into: where it forwards, and its live counters.</summary>
public sealed class ProxyRecording(int projectId, int runId, Uri mews, int recorded)
{
    private int next = recorded;
    private int calls, errors, pending;
    private long lastTicks;

    public int ProjectId { get; } = projectId;
    public int RunId { get; } = runId;
    public Uri Mews { get; } = mews;

    public int Calls => Volatile.Read(ref calls);
    public int Errors => Volatile.Read(ref errors);

    /// <summary>Calls forwarded but not written to the database yet.</summary>
    public int Pending => Volatile.Read(ref pending);

    public DateTimeOffset? LastCall => Interlocked.Read(ref lastTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>The next call's index: calls are numbered as they arrive, so findings name them in order.</summary>
    public int Take() => Interlocked.Increment(ref next) - 1;

    public void Forwarded(DateTimeOffset at, int status)
    {
        Interlocked.Increment(ref calls);
        Interlocked.Increment(ref pending);
        if (status >= 400)
            Interlocked.Increment(ref errors);
        Interlocked.Exchange(ref lastTicks, at.UtcTicks);
    }

    public void Written(int count) => Interlocked.Add(ref pending, -count);
}
