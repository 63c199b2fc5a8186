using System.Diagnostics;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class CmRequestGateTests
{
    private static readonly CallLimits Limits = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), 1024);

    [Fact]
    public async Task Pushes_beyond_the_app_wide_bound_wait_for_a_slot_and_the_wait_is_not_counted_as_latency()
    {
        var (inFlight, most) = (0, 0);
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost("/cm/{operation}", async () =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(300);
            Interlocked.Decrement(ref inFlight);
            return Results.Json(new { success = true });
        }));
        using var http = CmCaller.CreateHttpClient(LoopbackRule.Allowed);
        // Two callers, as two people's runs would be, sharing the one gate.
        var gate = new CmRequestGate(1);
        var (first, second) = (new CmCaller(http, gate), new CmCaller(http, gate));
        var url = new Uri(server.BaseAddress, "/cm/updatePrices");

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(
            first.PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None),
            second.PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None),
            first.PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None));
        var total = clock.Elapsed;

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        Assert.Equal(1, most);
        // Timed from their slot, the three latencies add up to about the whole; timed from the call they would be twice it.
        Assert.True(answers.Sum(a => a.Latency.TotalMilliseconds) < total.TotalMilliseconds * 1.5,
            $"latencies {string.Join(", ", answers.Select(a => a.Latency.TotalMilliseconds))} ms in {total.TotalMilliseconds} ms");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
