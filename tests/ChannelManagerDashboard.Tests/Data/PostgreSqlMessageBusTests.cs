using System.Collections.Concurrent;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>Two instances' buses on one database of the run's private PostgreSQL server.</summary>
public sealed class PostgreSqlMessageBusTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempDatabase database = new(DatabaseProvider.PostgreSQL);
    private readonly ListLogger<PostgreSqlMessageBus> logA = new();
    private PostgreSqlMessageBus a = null!;
    private PostgreSqlMessageBus b = null!;

    public async Task InitializeAsync()
    {
        a = new PostgreSqlMessageBus(database.Settings, TimeProvider.System, logA);
        b = new PostgreSqlMessageBus(database.Settings, TimeProvider.System, new ListLogger<PostgreSqlMessageBus>());
        await a.StartAsync(CancellationToken.None);
        await b.StartAsync(CancellationToken.None);
        await Task.WhenAll(a.Listening, b.Listening).WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        await a.StopAsync(CancellationToken.None);
        await b.StopAsync(CancellationToken.None);
        a.Dispose();
        b.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task Messages_reach_the_other_instance_once_in_order_and_their_own_subscribers_at_once()
    {
        var onA = new ConcurrentQueue<string>();
        var onB = new ConcurrentQueue<string>();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Subscribe("project-changed", onA.Enqueue);
        b.Subscribe("project-changed", m => { onB.Enqueue(m); if (onB.Count == 3) arrived.TrySetResult(); });
        b.Subscribe("other-topic", _ => throw new InvalidOperationException("not this topic"));

        a.Publish("project-changed", "7");
        Assert.Equal(["7"], onA);
        a.Publish("project-changed", "8");
        a.Publish("project-changed", "9");
        await arrived.Task.WaitAsync(Patience);
        a.Publish("project-changed", "10");
        await WaitUntil(() => onB.Count == 4);
        b.Publish("project-changed", "11");

        await WaitUntil(() => onA.Count == 5 && onB.Count == 5);
        Assert.Equal(["7", "8", "9", "10", "11"], onA);
        Assert.Equal(["7", "8", "9", "10", "11"], onB);
    }

    [Fact]
    public async Task A_listener_the_server_drops_reconnects_and_says_what_pages_may_have_missed()
    {
        var onA = new ConcurrentQueue<string>();
        a.Subscribe("sessions-ended", onA.Enqueue);

        PostgreSqlServer.Shared.Execute(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{new Npgsql.NpgsqlConnectionStringBuilder(database.Settings.ConnectionString).Database}' AND query LIKE 'LISTEN%'");
        await WaitUntil(() => logA.All.Contains("Live updates from other instances stopped"));
        await WaitUntil(() => logA.All.Contains("Live updates from other instances are back"));
        b.Publish("sessions-ended", "user-1");

        await WaitUntil(() => onA.Count == 1);
        Assert.Equal(["user-1"], onA);
        Assert.Contains("were missed, so pages open here show them at their next change or reload", logA.All);
    }

    [Fact]
    public async Task After_the_server_ends_every_connection_the_next_save_opens_a_fresh_one()
    {
        await using (var warm = await database.Factory.CreateDbContextAsync())
            Assert.Equal(0, await warm.Projects.CountAsync());

        PostgreSqlServer.Shared.Execute(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{new Npgsql.NpgsqlConnectionStringBuilder(database.Settings.ConnectionString).Database}'");
        await WaitUntil(() => logA.All.Contains("Live updates from other instances stopped"));

        await using var db = await database.Factory.CreateDbContextAsync();
        db.Projects.Add(new() { Name = "Saved after the restart", PartnerId = "INT1" });
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.Projects.CountAsync());
    }

    [Fact]
    public void A_message_too_long_for_NOTIFY_is_refused_where_it_is_published()
    {
        var error = Assert.Throws<ArgumentException>(() => a.Publish("project-changed", new string('x', 8000)));

        Assert.Contains("the bus carries ids", error.Message);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
            await Task.Delay(20, timeout.Token);
    }
}
