using System.Net;
using System.Net.Sockets;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>
/// Whoever types an endpoint URL learns nothing about which ports answer: a closed port (refused at once) and a filtered
/// one (nothing answers the connection) read the same in P2's probe and in Play Mews' runs, which both call through here.
/// </summary>
public sealed class ConnectFailureTests
{
    private static readonly RequestLimits Limits = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1024);

    [Fact]
    public async Task A_closed_port_and_a_filtered_one_fail_with_the_same_words()
    {
        using var http = CmRequestSender.CreateHttpClient(LoopbackRule.Allowed);
        var sender = new CmRequestSender(http);
        using var filtered = new FilteredPort();
        var closed = ClosedPort();

        var refused = await sender.PostAsync(new Uri($"http://127.0.0.1:{closed}/cm/updatePrices"), "{}"u8.ToArray(), Limits, CancellationToken.None);
        var unanswered = await sender.PostAsync(new Uri($"http://127.0.0.1:{filtered.Port}/cm/updatePrices"), "{}"u8.ToArray(), Limits, CancellationToken.None);

        Assert.Equal($"Could not connect to 127.0.0.1:{closed}: nothing answered, or the connection was refused or filtered. " +
            "Check the address and that the service is running and reachable from the dashboard.", refused.Failure);
        Assert.Equal(refused.Failure!.Replace($":{closed}:", ":PORT:"), unanswered.Failure!.Replace($":{filtered.Port}:", ":PORT:"));
        Assert.Null(unanswered.StatusCode);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A port that takes no connection and refuses none, as behind a firewall that drops packets: a listener whose
    /// accept queue one connection fills and nobody drains, so Linux drops every further connection attempt unanswered.
    /// </summary>
    private sealed class FilteredPort : IDisposable
    {
        private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        private readonly Socket filler = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        public FilteredPort()
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(0);
            Port = ((IPEndPoint)listener.LocalEndPoint!).Port;
            filler.Connect(IPAddress.Loopback, Port);
        }

        public int Port { get; }

        public void Dispose()
        {
            filler.Dispose();
            listener.Dispose();
        }
    }
}
