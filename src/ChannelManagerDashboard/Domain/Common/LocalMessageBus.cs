using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>The messages of one process: all one instance on SQLite needs, and what the PostgreSQL bus delivers locally.</summary>
public sealed class LocalMessageBus : IMessageBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<string>>> handlers = new(StringComparer.Ordinal);

    public void Publish(string topic, string message)
    {
        foreach (var handler in handlers.GetValueOrDefault(topic, []))
            handler(message);
    }

    public IDisposable Subscribe(string topic, Action<string> handler)
    {
        handlers.AddOrUpdate(topic, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => handlers.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(handler)));
    }

    private sealed class Subscription(Action end) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
                end();
        }
    }
}
