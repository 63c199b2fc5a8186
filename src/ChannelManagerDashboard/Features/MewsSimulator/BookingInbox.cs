namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The Process group messages channel managers sent to the simulator, newest kept per connection, and the ERR-06
/// switch that refuses a connection's next booking with code 7. A reservation test waits here for the CM's message.
/// </summary>
public sealed class BookingInbox(TimeProvider clock)
{
    /// <summary>A certification run sends a dozen bookings; a CM stuck in a resend loop must not grow memory without end.</summary>
    public const int KeptPerConnection = 200;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<ReceivedGroup>> byConnection = new(StringComparer.Ordinal);
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
            if (!byConnection.TryGetValue(connectionToken, out var kept))
                byConnection[connectionToken] = kept = new Queue<ReceivedGroup>();
            if (kept.Count >= KeptPerConnection)
                kept.Dequeue();
            kept.Enqueue(received);
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
            return byConnection.TryGetValue(connectionToken, out var kept) ? kept.Where(g => g.Sequence >= from).ToList() : [];
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
                if (byConnection.TryGetValue(connectionToken, out var kept) && kept.FirstOrDefault(g => g.Sequence >= from) is { } found)
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
