using System.Net;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.MewsApi;

/// <summary>The client over real HTTP on loopback: against the simulator, and against every way a call can fail.</summary>
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
        var configuration = result.Value!.Value;
        Assert.Equal(7, configuration.SpaceCategories!.Count);
        Assert.Equal(6, configuration.RatePlans!.Count);
        Assert.Equal(26, configuration.InventoryMappings!.Count);
        Assert.Equal("4", Assert.Single(configuration.Products!).Pricing);
        Assert.Equal(3, configuration.AgeCategories!.Count);
        Assert.Contains(FakeMews.MainConnection, result.Value!.RawJson);
    }

    [Fact]
    public async Task Get_channels_reads_the_list()
    {
        var result = await Mews.Client().GetChannelsAsync(MewsEnvironment.Simulator, FakeMews.ClientToken);

        Assert.Equal(6, result.Value!.Value.Channels!.Count);
    }

    [Theory]
    [InlineData(1, "system error")]
    [InlineData(2, "reservation not found")]
    [InlineData(3, "Run Get properties again in P4")]
    [InlineData(4, "deprecated code; Mews now uses 10")]
    [InlineData(5, "deprecated code; Mews now uses 9")]
    [InlineData(6, "malformed")]
    [InlineData(7, "processing error")]
    [InlineData(8, "not valid for the Demo environment — check you did not paste the production token")]
    [InlineData(9, "turned this operation off")]
    [InlineData(10, "space type error")]
    [InlineData(11, "rate and space type error")]
    [InlineData(12, "availability error")]
    [InlineData(13, "prices error")]
    [InlineData(14, "restrictions error")]
    [InlineData(99, "does not list")]
    public async Task Each_documented_error_code_gets_its_own_message(int code, string expected)
    {
        var client = Mews.Client(Mews.Fault($"code-{code}"), o => o.MaxAttempts = 1);

        var result = await client.GetConfigurationAsync(MewsEnvironment.Demo, "client-token-123", "connection-token-456");

        var failure = Assert.IsType<MewsFailure>(result.Failure());
        Assert.Equal(MewsFailureKind.MewsError, failure.Kind);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Contains($"error code {code}", failure.Message);
        Assert.Contains($"\"Mews says {code}.\"", failure.Message);
        Assert.Contains(expected, failure.Message);
    }

    [Theory]
    [InlineData(MewsEnvironment.Production, "not valid for the Production environment — check you did not paste the demo token")]
    [InlineData(MewsEnvironment.Demo, "Also check the employee email")]
    public async Task Code_8_names_the_environment_and_for_get_properties_the_email(MewsEnvironment environment, string expected)
    {
        var result = await Mews.Client(Mews.Fault("code-8")).GetPropertiesAsync(environment, "client-token-123", "someone@example.com");

        Assert.Contains(expected, result.Failure()!.Message);
        Assert.Equal(1, result.Failure()!.Attempts);
    }

    [Fact]
    public async Task A_wrong_client_token_on_the_simulator_points_at_the_simulator_page()
    {
        var result = await Mews.Client().GetPropertiesAsync(MewsEnvironment.Simulator, "not-the-simulator-token", FakeMews.Email);

        Assert.Equal(8, result.Failure()!.ErrorCode);
        Assert.Contains("copy it from the Simulator page", result.Failure()!.Message);
    }

    [Fact]
    public async Task The_deprecated_singular_error_is_read_too()
    {
        var result = await Mews.Client(Mews.Fault("singular")).GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(7, result.Failure()!.ErrorCode);
        Assert.Contains("Start is after end.", result.Failure()!.Message);
        Assert.Contains("singular \"error\" field, deprecated since May 2024", result.Failure()!.Message);
    }

    [Theory]
    [InlineData(404, 1, "does not lead to the Channel Manager API")]
    [InlineData(429, 1, "Wait a minute")]
    [InlineData(503, 3, "HTTP 503")]
    public async Task A_status_other_than_200_is_reported_and_only_5xx_is_retried(int status, int attempts, string expected)
    {
        var scenario = $"status-{status}";
        var before = Mews.CallsTo(scenario);

        var result = await Mews.Client(Mews.Fault(scenario)).GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.HttpStatus, result.Failure()!.Kind);
        Assert.Equal(status, result.Failure()!.HttpStatus);
        Assert.Equal(attempts, result.Failure()!.Attempts);
        Assert.Equal(attempts, Mews.CallsTo(scenario) - before);
        Assert.Contains(expected, result.Failure()!.Message);
    }

    [Fact]
    public async Task A_system_error_is_retried_with_backoff_until_it_succeeds()
    {
        var result = await Mews.Client(Mews.Fault("flaky")).GetChannelsAsync(MewsEnvironment.Demo, FakeMews.ClientToken);

        Assert.True(result.Succeeded, result.Failure()?.Message);
        Assert.Equal(3, Mews.CallsTo("flaky"));
    }

    [Fact]
    public async Task Invalid_authentication_is_not_retried()
    {
        var before = Mews.CallsTo("code-8");

        await Mews.Client(Mews.Fault("code-8")).GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(1, Mews.CallsTo("code-8") - before);
    }

    [Fact]
    public async Task A_timeout_is_reported_after_the_bounded_retries()
    {
        var client = Mews.Client(Mews.Fault("slow"), o => (o.Timeout, o.MaxAttempts) = (TimeSpan.FromMilliseconds(200), 2));

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

    [Theory]
    [InlineData("html", "an HTML or XML page")]
    [InlineData("wrongshape", "the field at $.properties has the wrong type")]
    [InlineData("empty", "the required field \"properties\" is missing")]
    [InlineData("nullentry", "the required field \"properties[].id\" is missing")]
    [InlineData("nullerror", "its error list is empty or cannot be read")]
    public async Task A_200_with_a_body_that_is_not_the_documented_JSON_is_reported_not_a_crash(string scenario, string expected)
    {
        var result = await Mews.Client(Mews.Fault(scenario)).GetPropertiesAsync(MewsEnvironment.Demo, "client-token-123", "a@b.example");

        Assert.Equal(MewsFailureKind.InvalidBody, result.Failure()!.Kind);
        Assert.Contains(expected, result.Failure()!.Message);
    }

    [Fact]
    public async Task A_configuration_whose_product_has_no_code_is_refused_before_it_is_stored()
    {
        var result = await Mews.Client(Mews.Fault("nocode")).GetConfigurationAsync(MewsEnvironment.Demo, "client-token-123", "connection-token-456");

        Assert.Contains("the required field \"products[].code\" is missing", result.Failure()!.Message);
    }

    [Fact]
    public async Task A_token_Mews_quotes_back_is_masked_in_the_message()
    {
        var result = await Mews.Client(Mews.Fault("echo")).GetChannelsAsync(MewsEnvironment.Demo, FakeMews.ClientToken);

        Assert.DoesNotContain(FakeMews.ClientToken, result.Failure()!.Message);
        Assert.Contains(TokenMask.Mask(FakeMews.ClientToken), result.Failure()!.Message);
    }

    [Fact]
    public async Task The_log_names_operations_and_outcomes_but_never_a_token()
    {
        var log = new ListLogger<MewsApiClient>();
        var simulator = Mews.Client(log: log);
        await simulator.GetPropertiesAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.Email);
        await simulator.GetConfigurationAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.MainConnection);
        await simulator.GetConfigurationAsync(MewsEnvironment.Simulator, FakeMews.ClientToken, FakeMews.DeactivatedConnection);
        foreach (var scenario in new[] { "echo", "flaky", "html", "status-500" })
            await Mews.Client(Mews.Fault(scenario), log: log).GetConfigurationAsync(MewsEnvironment.Demo, FakeMews.ClientToken, FakeMews.MainConnection);

        Assert.Contains("getConfiguration on Mews Simulator succeeded", log.All);
        Assert.Contains("error code 3", log.All);
        Assert.Contains("Retrying", log.All);
        Assert.DoesNotContain(FakeMews.ClientToken, log.All);
        Assert.DoesNotContain(FakeMews.MainConnection, log.All);
        Assert.DoesNotContain(FakeMews.DeactivatedConnection, log.All);
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
        Assert.Contains("to an http(s) URL", result.Failure()!.Message);
    }

    [Theory]
    [InlineData("MewsApi:Timeout", "-00:00:01", "MewsApi in appsettings.json: Timeout must be positive")]
    [InlineData("MewsApi:MaxAttempts", "0", "MewsApi in appsettings.json: MaxAttempts must be at least 1")]
    public void Settings_that_would_break_every_call_stop_the_app_with_a_message(string key, string value, string message)
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
