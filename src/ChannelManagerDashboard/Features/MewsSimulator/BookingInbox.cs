namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The Process group messages channel managers sent to the simulator, newest kept per connection, and the ERR-06
/// switch that refuses a connection's next booking with code 7. A reservation test waits here for the CM's message.
/// </summary>
/// <param name="limits">What it keeps; <see cref="Limits"/> when not given.</param>
public sealed class BookingInbox(TimeProvider clock, InboxLimits? limits = null)
{
    /// <summary>
    /// A certification run sends a dozen bookings of a few KB; a CM stuck in a resend loop, or anyone flooding the public
    /// example connection, must not grow memory without end. 4 MB holds 200 ordinary bookings or 30 of the largest
    /// (<see cref="MewsSimulator.MaxGroupBytes"/>); 32 MB for all keeps eight connections full at once.
    /// </summary>
    public static InboxLimits Limits { get; } = new(200, 4 * 1024 * 1024, 32 * 1024 * 1024);

    private readonly Lock gate = new();
    private readonly KeptQueues<ReceivedGroup> kept = new(limits ?? Limits, g => InboxLimits.BytesOf(g.Body, g.Answer));
    private readonly HashSet<string> refuseNext = new(StringComparer.Ordinal);
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long sequence;

    /// <summary>The sequence number the next message gets: what a wait that starts now asks to come after.</summary>
    public long Next
    {
        get
        {
            lock (gate)
                return sequence + 1;
        }
    }

    /// <summary>Refuse the connection's next booking with code 7, for a CM that cannot send an invalid one on purpose.</summary>
    public void RefuseNext(string connectionToken, bool refuse)
    {
        lock (gate)
        {
            if (refuse)
                refuseNext.Add(connectionToken);
            else
                refuseNext.Remove(connectionToken);
        }
    }

    public bool RefusesNext(string connectionToken)
    {
        lock (gate)
            return refuseNext.Contains(connectionToken);
    }

    /// <returns>True once per switch: the switch turns itself off when it refuses a booking.</returns>
    public bool TakeRefusal(string connectionToken)
    {
        lock (gate)
            return refuseNext.Remove(connectionToken);
    }

    public ReceivedGroup Add(string connectionToken, string body, string answer, int? errorCode)
    {
        TaskCompletionSource signal;
        ReceivedGroup received;
        lock (gate)
        {
            received = new ReceivedGroup(++sequence, connectionToken, clock.GetUtcNow(), body, answer, errorCode);
            kept.Add(connectionToken, received);
            signal = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.SetResult();
        return received;
    }

    /// <summary>The connection's messages from sequence <paramref name="from"/> on, oldest first.</summary>
    public IReadOnlyList<ReceivedGroup> Since(string connectionToken, long from)
    {
        lock (gate)
            return kept.Of(connectionToken).Where(g => g.Sequence >= from).ToList();
    }

    /// <summary>The bytes kept for all connections, and for one: never more than the limits allow.</summary>
    public long Bytes
    {
        get
        {
            lock (gate)
                return kept.Bytes;
        }
    }

    public long BytesOf(string connectionToken)
    {
        lock (gate)
            return kept.BytesOf(connectionToken);
    }

    /// <summary>Waits for the connection's first message from sequence <paramref name="from"/> on.</summary>
    /// <returns>The message; null when <paramref name="within"/> passed first.</returns>
    public async Task<ReceivedGroup?> WaitAsync(string connectionToken, long from, TimeSpan within, CancellationToken cancellation)
    {
        using var timeout = new CancellationTokenSource(within, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (kept.Of(connectionToken).FirstOrDefault(g => g.Sequence >= from) is { } found)
                    return found;
                signal = arrived.Task;
            }
            try
            {
                await signal.WaitAsync(either.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellation.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
