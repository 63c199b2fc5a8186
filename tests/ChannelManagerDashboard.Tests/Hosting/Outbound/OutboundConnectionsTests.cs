using System.Net;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChannelManagerDashboard.Tests.Hosting.Outbound;

/// <summary>The rule holds at connect time, over real sockets on loopback, for the harness and for the Mews client.</summary>
public sealed class OutboundConnectionsTests : IAsyncLifetime
{
    private static readonly RequestLimits Limits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), 1024);
    private static readonly OutboundNetworkRule NoLoopback = new(allowLoopback: false, []);
    private LoopbackServer server = null!;
    private int received;

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(app => app.MapPost("/cm/{operation}", () =>
    {
        Interlocked.Increment(ref received);
        return Results.Json(new { success = true });
    }));

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_refused_address_gets_a_verdict_that_names_it_and_nothing_reaches_the_endpoint(string host)
    {
        using var http = CmRequestSender.CreateHttpClient(NoLoopback);
        var url = new UriBuilder(server.BaseAddress) { Host = host, Path = "/cm/updatePrices" }.Uri;

        var answer = await new CmRequestSender(http).PostAsync(url, "{}"u8.ToArray(), Limits, CancellationToken.None);

        Assert.Null(answer.StatusCode);
        Assert.Matches(@"^The dashboard does not connect to (127\.0\.0\.1|::1): it is a loopback address", answer.Failure);
        Assert.Equal(0, received);
    }

    [Fact]
    public async Task An_allowed_network_is_connected_to()
    {
        using var http = CmRequestSender.CreateHttpClient(new OutboundNetworkRule(allowLoopback: false, [IPNetwork.Parse("127.0.0.0/8")]));

        var answer = await new CmRequestSender(http).PostAsync(new Uri(server.BaseAddress, "/cm/updatePrices"), "{}"u8.ToArray(), Limits, CancellationToken.None);

        Assert.Equal(200, (int?)answer.StatusCode);
        Assert.Equal(1, received);
    }

    [Fact]
    public async Task The_Mews_client_is_refused_once_with_the_reason_and_does_not_retry()
    {
        await using var mews = await FakeMews.StartAsync();
        var client = mews.Client(mews.Server.BaseAddress.ToString(), handler: new SocketsHttpHandler().Guard(NoLoopback));

        var failure = (await client.GetChannelsAsync(MewsEnvironment.Demo, FakeMews.ClientToken)).Failure()!;

        Assert.Equal(MewsFailureKind.Configuration, failure.Kind);
        Assert.Equal(1, failure.Attempts);
        Assert.Contains("was not called: The dashboard does not connect to 127.0.0.1: it is a loopback address", failure.Message);
    }
}
