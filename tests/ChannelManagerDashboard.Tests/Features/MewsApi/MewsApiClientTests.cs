using System.Net;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Flurl.Http.Testing;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.MewsApi;

/// <summary>The client over real HTTP on loopback: against the simulator, and where the network itself fails (timeouts, refused connections, TLS, DNS).</summary>
public sealed class MewsApiClientTests(FakeMewsFixture fixture) : IClassFixture<FakeMewsFixture>
{
    private FakeMews Mews => fixture.Mews;

    [Fact]
    public async Task Get_properties_on_the_simulator_lists_its_connections()
    {
        var result = await Mews.Client().GetPropertiesAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.Email);

        Assert.True(result.Succeeded, result.Failure()?.Message);
        var property = result.Value!.Value.Properties!.First(p => p.Id == "keizersgracht-demo");
        Assert.Equal([FakeMews.MainConnection, FakeMews.DeactivatedConnection], property.Connections!.Select(c => c.Token));
        Assert.Null(result.Value.Value.Properties!.Single(p => p.Id == "amstel-demo-apartments").Connections);
    }

    [Fact]
    public async Task Get_configuration_asks_for_everything_including_unsynchronized_entries()
    {
        var result = await Mews.Client().GetConfigurationAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.MainConnection);

        Assert.True(result.Succeeded, result.Failure()?.Message);
        var profile = result.Value!.Value;
        Assert.Equal(7, profile.SpaceCategories!.Count);
        Assert.Equal(6, profile.RatePlans!.Count);
        Assert.Equal(26, profile.InventoryMappings!.Count);
        Assert.Equal("4", Assert.Single(profile.Products!).Pricing);
        Assert.Equal(3, profile.AgeCategories!.Count);
        Assert.Contains(FakeMews.MainConnection, result.Value!.RawJson);
    }

    [Fact]
    public async Task Get_channels_reads_the_list()
    {
        var result = await Mews.Client().GetChannelsAsync(MewsEnvironment.Simulator, FakeMews.ClientToken);

        Assert.Equal(6, result.Value!.Value.Channels!.Count);
    }

    [Fact]
    public async Task A_wrong_client_token_on_the_simulator_points_at_the_simulator_page()
    {
        var result = await Mews.Client().GetPropertiesAsync(MewsEnvironment.Simulator, "not-the-simulator-token", FakeMews.Email);

        Assert.Equal(8, result.Failure()!.ErrorCode);
        Assert.Contains("copy it from the Simulator page", result.Failure()!.Message);
    }

    [Fact]
    public async Task A_timeout_is_reported_after_the_bounded_retries()
    {
        var client = Mews.Client(Mews.Slow, o => (o.Timeout, o.MaxAttempts) = (TimeSpan.FromMilliseconds(200), 2));

        var result = await client.GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.Timeout, result.Failure()!.Kind);
        Assert.Equal(2, result.Failure()!.Attempts);
        Assert.Contains("did not answer within 0.2 seconds", result.Failure()!.Message);
    }

    [Fact]
    public async Task A_refused_connection_says_so_and_is_not_retried()
    {
        var closedPort = ClosedPort();

        var result = await Mews.Client($"http://127.0.0.1:{closedPort}").GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.Connection, result.Failure()!.Kind);
        Assert.Equal(1, result.Failure()!.Attempts);
        Assert.Contains($"the connection to 127.0.0.1:{closedPort} failed", result.Failure()!.Message);
    }

    [Fact]
    public async Task A_failed_TLS_handshake_says_so()
    {
        // https to a plain-http port: the handshake fails, as it would against a server with a broken certificate setup.
        var url = $"https://127.0.0.1:{Mews.Server.BaseAddress.Port}";

        var result = await Mews.Client(url).GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.SecureConnection, result.Failure()!.Kind);
        Assert.Contains("TLS 1.2", result.Failure()!.Message);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_says_DNS()
    {
        // Resolving a real name would query a DNS server outside this machine; the handler fails as the resolver does.
        var handler = new FailingHandler(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known"));

        var result = await Mews.Client("https://api.mews-demo.com", handler: handler).GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.NameResolution, result.Failure()!.Kind);
        Assert.Contains("the name api.mews-demo.com could not be resolved (DNS)", result.Failure()!.Message);
    }

    [Fact]
    public async Task The_log_names_operations_and_outcomes_but_never_a_token()
    {
        var log = new ListLogger<MewsApiClient>();
        var simulator = Mews.Client(log: log);
        await simulator.GetPropertiesAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.Email);
        await simulator.GetConfigurationAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.MainConnection);
        await simulator.GetConfigurationAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.DeactivatedConnection);
        using (var canned = new HttpTest())
        {
            canned.ForCallsTo($"{CannedMews.BaseUrl}*")
                .RespondWithJson(MachineRequests.Error(8, $"Token {FakeMews.ClientToken} is unknown."))
                .RespondWithJson(MachineRequests.Error(1, "Try again later."))
                .RespondWith("<!DOCTYPE html><html><body>Down for maintenance</body></html>")
                .RespondWith("Something went wrong", 500);
            canned.AllowRealHttp();
            for (var request = 0; request < 3; request++)
                await CannedMews.Client(o => o.MaxAttempts = 1, log).GetConfigurationAsync(MewsEnvironment.Demo, FakeMews.ClientToken, FakeMews.MainConnection);
            await CannedMews.Client(log: log).GetConfigurationAsync(MewsEnvironment.Demo, FakeMews.ClientToken, FakeMews.MainConnection);
        }

        Assert.Contains("getConfiguration on Mews Simulator succeeded", log.All);
        Assert.Contains("error code 3", log.All);
        Assert.Contains("Retrying", log.All);
        Assert.DoesNotContain(FakeMews.ClientToken, log.All);
        Assert.DoesNotContain(FakeMews.MainConnection, log.All);
        Assert.DoesNotContain(FakeMews.DeactivatedConnection, log.All);
    }

    [Theory]
    [InlineData(MewsEnvironment.Simulator, 500, "this dashboard's built-in simulator, so this is a fault in the dashboard itself")]
    [InlineData(MewsEnvironment.Simulator, 404, "this dashboard's built-in simulator, so this is a fault in the dashboard itself")]
    [InlineData(MewsEnvironment.Demo, 500, "Mews or a proxy in front of it had a problem")]
    [InlineData(MewsEnvironment.Demo, 404, "Check the base URL configured for this environment")]
    public async Task A_500_or_404_blames_the_dashboard_when_its_own_simulator_failed_and_Mews_or_the_URL_otherwise(MewsEnvironment environment, int status, string says)
    {
        using var canned = new HttpTest();
        canned.ForCallsTo($"{CannedMews.BaseUrl}*").RespondWith("<html>ObjectDisposedException</html>", status);

        var result = await CannedMews.Client(o => (o.MaxAttempts, o.SimulatorBaseUrl) = (1, CannedMews.BaseUrl))
            .GetConfigurationAsync(environment, FakeMews.ClientToken, FakeMews.MainConnection);

        Assert.Contains(says, result.Failure()!.Message);
    }

    [Fact]
    public async Task A_system_error_from_the_simulator_is_the_dashboards_fault_not_Mews()
    {
        using var canned = new HttpTest();
        canned.ForCallsTo($"{CannedMews.BaseUrl}*").RespondWithJson(MachineRequests.Error(1, "The dashboard failed while handling this message."));

        var result = await CannedMews.Client(o => (o.MaxAttempts, o.SimulatorBaseUrl) = (1, CannedMews.BaseUrl))
            .GetChannelsAsync(MewsEnvironment.Simulator, FakeMews.ClientToken);

        Assert.Contains("fault in the dashboard itself", result.Failure()!.Message);
        Assert.DoesNotContain("partnersuccess@mews.com", result.Failure()!.Message);
    }

    [Fact]
    public async Task An_environment_without_a_usable_address_says_which_setting_to_fix()
    {
        var result = await Mews.Client("not a url").GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.Configuration, result.Failure()!.Kind);
        Assert.Contains("MewsApi:DemoBaseUrl", result.Failure()!.Message);
    }

    [Theory]
    [InlineData("localhost:5000")]
    [InlineData("ftp://127.0.0.1/mews")]
    public async Task A_base_url_that_is_not_http_is_a_configuration_problem_not_a_crash(string baseUrl)
    {
        var result = await Mews.Client(baseUrl).GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.Configuration, result.Failure()!.Kind);
        Assert.Contains("to an http or https URL", result.Failure()!.Message);
    }

    [Theory]
    [InlineData("MewsApi:Timeout", "-00:00:01", "MewsApi in appsettings.json: Timeout must be positive")]
    [InlineData("MewsApi:MaxAttempts", "0", "MewsApi in appsettings.json: MaxAttempts must be at least 1")]
    public void Settings_that_would_break_every_request_stop_the_app_with_a_message(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddMewsApi().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<MewsApiOptions>>().Value);
        Assert.Contains(message, error.Message);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class FailingHandler(Exception exception) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromException<HttpResponseMessage>(exception);
    }
}
