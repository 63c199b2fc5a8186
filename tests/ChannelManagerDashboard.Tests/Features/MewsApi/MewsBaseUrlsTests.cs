using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.MewsApi;

public sealed class MewsBaseUrlsTests(FakeMewsFixture fixture) : IClassFixture<FakeMewsFixture>
{
    private MewsBaseUrls BaseUrls(MewsApiOptions options) => new(Options.Create(options), new SelfAddress(fixture.Mews.Server.Server), MewsSimulatorExtensions.OwnPath);

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    [InlineData("http://+:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://*:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    public void A_wildcard_listening_address_becomes_one_the_app_can_call(string listening, string callable) =>
        Assert.Equal(callable, SelfAddress.ToCallable(listening)!.ToString());

    [Fact]
    public void Demo_and_production_use_the_documented_hosts()
    {
        var urls = BaseUrls(new MewsApiOptions());

        Assert.Equal("https://api.mews-demo.com/api/channelManager/v1/getConfiguration",
            urls.OperationUrl(MewsEnvironment.Demo, MewsOperation.GetConfiguration).Value!.ToString());
        Assert.Equal("https://api.mews.com/api/channelManager/v1/getProperties",
            urls.OperationUrl(MewsEnvironment.Production, MewsOperation.GetProperties).Value!.ToString());
    }

    [Fact]
    public void The_simulator_is_the_app_itself_unless_configured()
    {
        var own = BaseUrls(new MewsApiOptions()).OperationUrl(MewsEnvironment.Simulator, MewsOperation.GetChannels).Value!;
        var configured = BaseUrls(new MewsApiOptions { SimulatorBaseUrl = "http://127.0.0.1:9999/simulator/mews/" })
            .OperationUrl(MewsEnvironment.Simulator, MewsOperation.GetChannels).Value!;

        Assert.Equal(new Uri(fixture.Mews.Server.BaseAddress, "/simulator/mews/api/channelManager/v1/getChannels"), own);
        Assert.Equal("http://127.0.0.1:9999/simulator/mews/api/channelManager/v1/getChannels", configured.ToString());
    }
}
