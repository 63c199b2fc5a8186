using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Hosting.Outbound;

/// <summary>By default the only calls that reach this machine are the app's own endpoints, on its own port, over real sockets.</summary>
public sealed class OwnEndpointsTests : IAsyncLifetime
{
    private LoopbackServer app = null!;
    private LoopbackServer elsewhere = null!;
    private int reached;

    public async Task InitializeAsync()
    {
        app = await LoopbackServer.StartAsync(web =>
        {
            web.MapPost("/own/{operation}", () => Interlocked.Increment(ref reached));
            web.MapPost("/other", () => Interlocked.Increment(ref reached));
        }, services => services.AddOwnEndpoint("/own").AddOutboundNetworkRule());
        elsewhere = await LoopbackServer.StartAsync(web => web.MapPost("/own/{operation}", () => Interlocked.Increment(ref reached)));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await elsewhere.DisposeAsync();
    }

    [Fact]
    public async Task The_apps_own_path_on_its_own_port_is_reached_and_any_other_path_or_port_on_this_machine_is_refused_naming_the_setting()
    {
        var own = app.App.Services.GetRequiredService<OwnEndpoints>();
        using var http = new HttpClient(OutboundConnections.Guarded(() => new SocketsHttpHandler(), OutboundNetworkRule.Default, own));

        using (var allowed = await http.PostAsync(new Uri(app.BaseAddress, "/own/updatePrices"), null))
            Assert.True(allowed.IsSuccessStatusCode);
        // The connection just opened to the app is not reused for another of its paths.
        var otherPath = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri(app.BaseAddress, "/other"), null));
        var otherPort = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri(elsewhere.BaseAddress, "/own/updatePrices"), null));

        Assert.All(new[] { otherPath, otherPort }, refused =>
        {
            Assert.IsType<OutboundRefusedException>(refused.InnerException);
            Assert.Contains("it is a loopback address", refused.InnerException.Message);
            Assert.Contains("set PlayMews:AllowLoopback to true", refused.InnerException.Message);
        });
        Assert.Equal(1, reached);
    }

    [Theory]
    [InlineData("/own/updatePrices", true)]
    [InlineData("/OWN", true)]
    [InlineData("/other", false)]
    [InlineData("/owned/updatePrices", false)]
    [InlineData("/own/../other", false)]
    [InlineData("/own/%2e%2e/other", false)]
    [InlineData("/own/%2E%2E%2Fother", false)]
    [InlineData("/own/..%5Cother", false)]
    public void A_path_is_the_apps_own_only_under_a_registered_one_however_it_is_spelt(string path, bool own) =>
        Assert.Equal(own, app.App.Services.GetRequiredService<OwnEndpoints>().Contains(new Uri(app.BaseAddress, path)));

    [Fact]
    public void Another_port_or_scheme_is_not_the_apps_own()
    {
        var endpoints = app.App.Services.GetRequiredService<OwnEndpoints>();

        Assert.False(endpoints.Contains(new Uri(elsewhere.BaseAddress, "/own/updatePrices")));
        Assert.False(endpoints.Contains(new UriBuilder(app.BaseAddress) { Scheme = "https", Path = "/own/updatePrices" }.Uri));
        Assert.True(endpoints.Contains(new UriBuilder(app.BaseAddress) { Host = "localhost", Path = "/own/updatePrices" }.Uri));
    }
}
