using System.Net;
using System.Text;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class CmRequestGateTests
{
    private static readonly RequestLimits Limits = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), 1024);

    /// <summary>How long the channel manager holds the first push while the others wait for the one slot.</summary>
    private static readonly TimeSpan Held = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Pushes_beyond_the_app_wide_bound_wait_for_a_slot_and_the_wait_is_not_counted_as_latency()
    {
        var channelManager = new HoldingChannelManager(Held);
        using var http = new HttpClient(channelManager);
        // Two callers, as two people's runs would be, sharing the one gate.
        var gate = new CmRequestGate(1);
        var (first, second) = (new CmRequestSender(http, gate), new CmRequestSender(http, gate));
        var url = new Uri("http://cm.example/cm/updatePrices");

        var answers = await Task.WhenAll(
            first.PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None),
            second.PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None),
            first.PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None));

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        Assert.Equal(1, channelManager.MostInFlight);
        // The later two were called before the first was held and answered at once in their slot: timed from the call,
        // each would be at least the held second.
        Assert.All(answers.Skip(1), a => Assert.True(a.Latency < Held / 2, $"latency {a.Latency.TotalMilliseconds} ms after a wait of {Held.TotalMilliseconds} ms"));
    }

    /// <summary>A channel manager in memory that holds the first push it gets and answers the others at once.</summary>
    private sealed class HoldingChannelManager(TimeSpan held) : HttpMessageHandler
    {
        private int arrived;
        private int inFlight;
        private int most;

        public int MostInFlight => Volatile.Read(ref most);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            if (Interlocked.Increment(ref arrived) == 1)
                await Task.Delay(held, cancellationToken);
            Interlocked.Decrement(ref inFlight);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"success":true}""", Encoding.UTF8, "application/json") };
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
