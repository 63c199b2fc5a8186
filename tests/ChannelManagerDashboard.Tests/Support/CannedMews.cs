using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A Mews client for Flurl's HttpTest: Demo and Production point at a closed loopback port, so a call the test did not
/// answer fails here instead of reaching the network.
/// </summary>
public static class CannedMews
{
    public const string BaseUrl = "http://127.0.0.1:9/canned";

    public static MewsApiClient Client(Action<MewsApiOptions>? configure = null, ILogger<MewsApiClient>? log = null)
    {
        var options = new MewsApiOptions
        {
            DemoBaseUrl = BaseUrl,
            ProductionBaseUrl = BaseUrl,
            MaxAttempts = 3,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new MewsApiClient(new HttpClient(), new MewsBaseUrls(Options.Create(options), new SelfAddress(new AddressOnlyServer()), MewsSimulatorExtensions.OwnPath),
            Options.Create(options), TimeProvider.System, log ?? NullLogger<MewsApiClient>.Instance);
    }

    public static string OperationUrl(string operation) => $"{BaseUrl}/api/channelManager/v1/{operation}";

    public static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Mews", name));
}
