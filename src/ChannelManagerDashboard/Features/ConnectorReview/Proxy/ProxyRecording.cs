namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>A run the proxy is recording into: where it forwards, and its live counters.</summary>
/// <param name="next">The index the next request gets: one past the highest stored, so numbers never repeat.</param>
public sealed class ProxyRecording(int projectId, int runId, Uri mews, int next)
{
    private int next = next;
    private int requests, errors, pending;
    private long lastTicks;

    public int ProjectId { get; } = projectId;
    public int RunId { get; } = runId;
    public Uri Mews { get; } = mews;

    public int Requests => Volatile.Read(ref requests);
    public int Errors => Volatile.Read(ref errors);

    /// <summary>Requests taken in but not written to the database yet (still at Mews, or queued).</summary>
    public int Pending => Volatile.Read(ref pending);

    public DateTimeOffset? LastRequest => Interlocked.Read(ref lastTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>A request arrives: it is numbered now, in the order requests come in, and counted until it is written.</summary>
    public int Begin()
    {
        Interlocked.Increment(ref pending);
        return Interlocked.Increment(ref this.next) - 1;
    }

    /// <summary>The integration went away before its request could be recorded.</summary>
    public void Abandon() => Interlocked.Decrement(ref pending);

    public void Forwarded(DateTimeOffset at, int status)
    {
        Interlocked.Increment(ref requests);
        if (status >= 400)
            Interlocked.Increment(ref errors);
        Interlocked.Exchange(ref lastTicks, at.UtcTicks);
    }

    public void Written(int count) => Interlocked.Add(ref pending, -count);
}
