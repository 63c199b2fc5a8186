using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A loopback Mews: the real simulator under /simulator/mews, and under /slow one that answers after 10 s, for
/// timeouts. Canned answers (error codes, statuses, malformed bodies) go through Flurl's HttpTest instead.
/// </summary>
public sealed class FakeMews : IAsyncDisposable
{
    public const string ClientToken = "B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29";
    public const string Email = "chm-api@keizersgracht-demo.example";
    public const string MainConnection = "C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43";
    public const string DeactivatedConnection = "85C7E5751AD9DCD397EE07CD21AFC783-D21A3579EE553D2CF680E80ECBE188C";

    private FakeMews(LoopbackServer server) => Server = server;

    /// <summary>
    /// The connections every loopback simulator and reference CM in the test run knows, with one key, so a project's own
    /// token that P4 gives (<see cref="MewsServices"/>) works on each of them as on the app's own.
    /// </summary>
    public static SimulatorConnections Connections { get; } = SimulatorConnections.WithNewKey(FakeChannelManager.Seed);

    public LoopbackServer Server { get; }

    /// <summary>A base URL whose operations answer only after 10 seconds.</summary>
    public string Slow => new Uri(Server.BaseAddress, "/slow").ToString();

    public static async Task<FakeMews> StartAsync() => new(await LoopbackServer.StartAsync(
        app =>
        {
            app.MapMewsSimulator();
            app.MapPost("/slow/api/channelManager/v1/{operation}", async (HttpContext context) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
                return Results.Json(new JsonObject { ["success"] = true });
            });
        },
        services => services.AddSingleton(FakeChannelManager.Seed).AddSingleton(Connections).AddSingleton<MewsSimulator>()));

    /// <summary>A client whose Demo environment is <paramref name="demoBaseUrl"/> and whose Simulator is this server's own.</summary>
    public MewsApiClient Client(string? demoBaseUrl = null, Action<MewsApiOptions>? configure = null, ListLogger<MewsApiClient>? log = null,
        HttpMessageHandler? handler = null)
    {
        var options = new MewsApiOptions
        {
            DemoBaseUrl = demoBaseUrl ?? "",
            ProductionBaseUrl = demoBaseUrl ?? "",
            MaxAttempts = 3,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        var http = new HttpClient(handler ?? new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        return new MewsApiClient(http, new MewsBaseUrls(Microsoft.Extensions.Options.Options.Create(options), new SelfAddress(Server.Server), MewsSimulatorExtensions.OwnPath),
            Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, (Microsoft.Extensions.Logging.ILogger<MewsApiClient>?)log ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<MewsApiClient>.Instance);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
