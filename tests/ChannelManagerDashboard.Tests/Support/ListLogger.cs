using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>Keeps every formatted log line (with its exception and structured values) so tests can search it.</summary>
/// <param name="lines">Shared with other loggers to collect what several services write.</param>
public sealed class ListLogger<T>(ConcurrentQueue<string>? lines = null) : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = lines ?? new();

    public string All => string.Join("\n", Lines);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        Lines.Enqueue($"{logLevel}: {formatter(state, exception)} {values} {exception}");
    }
}
