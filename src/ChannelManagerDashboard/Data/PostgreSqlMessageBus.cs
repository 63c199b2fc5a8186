using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ChannelManagerDashboard.Domain.Common;
using Npgsql;

namespace ChannelManagerDashboard.Data;

/// <summary>
/// The bus between instances on one PostgreSQL database, on its own LISTEN/NOTIFY: no engine beside the one the data is
/// in, and no socket of our own. A message reaches this instance's subscribers at once; a queue sends it to the others
/// in order, and one connection listens for theirs. When the server goes away, the listener says so, reconnects every
/// <see cref="RetryDelay"/>, and says what the pages may have missed.
/// </summary>
public sealed class PostgreSqlMessageBus(DatabaseSettings settings, TimeProvider time, ILogger<PostgreSqlMessageBus> log) : BackgroundService, IMessageBus
{
    public const string Channel = "dashboard_messages";

    /// <summary>PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7900;

    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly LocalMessageBus local = new();
    private readonly Channel<string> outgoing = System.Threading.Channels.Channel.CreateUnbounded<string>(new() { SingleReader = true });

    /// <summary>Tells this instance's own notifications, which it has already delivered, from the others'.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Completes once the listener is connected, for a test (or a caller) that must not publish before.</summary>
    public Task Listening => listening.Task;

    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Publish(string topic, string message)
    {
        var payload = JsonSerializer.Serialize(new Envelope(Instance, topic, message));
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
            throw new ArgumentException($"A message on {topic} is {Encoding.UTF8.GetByteCount(payload)} bytes; the bus carries ids, at most {MaxPayloadBytes} bytes.", nameof(message));
        local.Publish(topic, message);
        outgoing.Writer.TryWrite(payload);
    }

    public IDisposable Subscribe(string topic, Action<string> handler) => local.Subscribe(topic, handler);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stopping)
    {
        DateTimeOffset? lostAt = null;
        // Keepalive makes a dead connection fail the wait within seconds rather than hang until the OS notices.
        var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { KeepAlive = 10, Pooling = false }.ConnectionString;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Deliver(e.Payload);
                await connection.OpenAsync(stopping);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stopping);
                if (lostAt is { } since)
                    log.LogWarning("Live updates from other instances are back; those sent since {Since:u} were missed, so pages open here show them at their next change or reload", since);
                lostAt = null;
                listening.TrySetResult();
                while (true)
                    await connection.WaitAsync(stopping);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is NpgsqlException or TimeoutException or IOException)
            {
                if (lostAt is null)
                {
                    log.LogWarning("Live updates from other instances stopped: the connection to PostgreSQL failed ({Reason}); reconnecting every {Delay} s", ex.Message, RetryDelay.TotalSeconds);
                    // The server restarted or went away: the pool's idle connections died with this one, and the next save
                    // on one of them would fail. The listener hears it first, so the pool opens fresh ones from now on.
                    using var pooled = new NpgsqlConnection(settings.ConnectionString);
                    NpgsqlConnection.ClearPool(pooled);
                }
                lostAt ??= time.GetUtcNow();
                await Task.Delay(RetryDelay, time, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Sends in order; while PostgreSQL cannot be reached, says so once and how many were lost when it can again.</summary>
    private async Task SendAsync(CancellationToken stopping)
    {
        var lost = 0;
        try
        {
            await foreach (var payload in outgoing.Reader.ReadAllAsync(stopping))
            {
                try
                {
                    await using var connection = new NpgsqlConnection(settings.ConnectionString);
                    await connection.OpenAsync(stopping);
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                    notify.Parameters.AddWithValue("channel", Channel);
                    notify.Parameters.AddWithValue("payload", payload);
                    await notify.ExecuteNonQueryAsync(stopping);
                    if (lost > 0)
                        log.LogWarning("Live updates reach the other instances again; {Lost} did not while PostgreSQL could not be reached, so their pages show those changes at the next one or on reload", lost);
                    lost = 0;
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException)
                {
                    if (lost++ == 0)
                        log.LogWarning("Live updates stopped reaching the other instances: PostgreSQL refused them ({Reason}); each is tried as it comes", ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>On the listener's thread: a subscriber's failure is logged and must not end the listening.</summary>
    private void Deliver(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize<Envelope>(payload) is { } envelope && envelope.From != Instance)
                local.Publish(envelope.Topic, envelope.Message);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "A live update from another instance could not be delivered here: {Payload}", payload.Length > 200 ? payload[..200] : payload);
        }
    }

    private sealed record Envelope(string From, string Topic, string Message);
}
