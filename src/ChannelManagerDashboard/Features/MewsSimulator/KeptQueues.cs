namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// An inbox's messages per connection, oldest first, within its <see cref="InboxLimits"/>: adding one first pushes out
/// the connection's own oldest until the connection is within its count and bytes, then the oldest of any connection
/// until all are within their bytes. Not thread-safe: the inbox that owns it locks.
/// </summary>
public sealed class KeptQueues<T>(InboxLimits limits, Func<T, long> bytesOf)
{
    private sealed record Kept(long Order, string Connection, T Item, long Bytes);

    private readonly Dictionary<string, (LinkedList<Kept> Items, long Bytes)> byConnection = new(StringComparer.Ordinal);
    private long order;

    /// <summary>The bytes kept across all connections.</summary>
    public long Bytes { get; private set; }

    public long BytesOf(string connection) => byConnection.TryGetValue(connection, out var kept) ? kept.Bytes : 0;

    /// <summary>The connection's messages, oldest first.</summary>
    public IEnumerable<T> Of(string connection) => byConnection.TryGetValue(connection, out var kept) ? kept.Items.Select(k => k.Item) : [];

    /// <param name="evicted">Told of each message pushed out to make room.</param>
    /// <returns>False, with nothing kept or pushed out, when the message alone is larger than a connection may keep.</returns>
    public bool Add(string connection, T item, Action<T>? evicted = null)
    {
        var bytes = bytesOf(item);
        if (bytes > limits.BytesPerConnection || bytes > limits.BytesInAll)
            return false;
        while (byConnection.TryGetValue(connection, out var own) && (own.Items.Count >= limits.CountPerConnection || own.Bytes + bytes > limits.BytesPerConnection))
            Evict(own.Items.First!, evicted);
        while (Bytes + bytes > limits.BytesInAll)
            Evict(byConnection.Values.Select(k => k.Items.First!).MinBy(k => k.Value.Order)!, evicted);
        var (items, kept) = byConnection.TryGetValue(connection, out var found) ? found : (new LinkedList<Kept>(), 0);
        items.AddLast(new Kept(++order, connection, item, bytes));
        byConnection[connection] = (items, kept + bytes);
        Bytes += bytes;
        return true;
    }

    /// <summary>Takes out the connection's first message that <paramref name="matches"/>, if any, and tells <paramref name="removed"/>.</summary>
    public void Remove(string connection, Func<T, bool> matches, Action<T> removed)
    {
        if (byConnection.TryGetValue(connection, out var kept))
        {
            for (var node = kept.Items.First; node is not null; node = node.Next)
            {
                if (matches(node.Value.Item))
                {
                    Evict(node, removed);
                    return;
                }
            }
        }
    }

    private void Evict(LinkedListNode<Kept> node, Action<T>? evicted)
    {
        var kept = node.Value;
        var (items, bytes) = byConnection[kept.Connection];
        items.Remove(node);
        if (items.Count == 0)
            byConnection.Remove(kept.Connection);
        else
            byConnection[kept.Connection] = (items, bytes - kept.Bytes);
        Bytes -= kept.Bytes;
        evicted?.Invoke(kept.Item);
    }
}
