using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A loopback Mews: the real simulator under /simulator/mews, and under /fault/{scenario} the ways Mews or the network
/// can misbehave. Records every request body it receives.
/// </summary>
public sealed class FakeMews : IAsyncDisposable
{
    public const string ClientToken = "B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29";
    public const string Email = "chm-api@keizersgracht-demo.example";
    public const string MainConnection = "C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43";
    public const string DeactivatedConnection = "85C7E5751AD9DCD397EE07CD21AFC783-D21A3579EE553D2CF680E80ECBE188C";

    private readonly ConcurrentDictionary<string, int> calls = new();

    private FakeMews(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; }

    public ConcurrentQueue<(string Path, string ContentType, string Body)> Requests { get; } = new();

    /// <summary>The base URL that makes every call end in <paramref name="scenario"/>.</summary>
    public string Fault(string scenario) => new Uri(Server.BaseAddress, $"/fault/{scenario}").ToString();

    public int CallsTo(string scenario) => calls.GetValueOrDefault(scenario);

    public static async Task<FakeMews> StartAsync()
    {
        FakeMews? fake = null;
        var server = await LoopbackServer.StartAsync(
            app =>
            {
                app.Use(async (context, next) =>
                {
                    context.Request.EnableBuffering();
                    using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true);
                    fake!.Requests.Enqueue((context.Request.Path, context.Request.ContentType ?? "", await reader.ReadToEndAsync()));
                    context.Request.Body.Position = 0;
                    await next();
                });
                app.MapMewsSimulator();
                app.MapPost("/fault/{scenario}/api/channelManager/v1/{operation}", (string scenario, string operation, HttpContext context) =>
                    fake!.FaultAsync(scenario, operation, context));
            },
            services => services.AddSingleton(SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"))).AddSingleton<MewsSimulator>());
        fake = new FakeMews(server);
        return fake;
    }

    private async Task<IResult> FaultAsync(string scenario, string operation, HttpContext context)
    {
        var call = calls.AddOrUpdate(scenario, 1, (_, n) => n + 1);
        var simulator = context.RequestServices.GetRequiredService<MewsSimulator>();
        switch (scenario.Split('-'))
        {
            case ["code", var code]:
                return Results.Json(SimulatorReply.Error(int.Parse(code), $"Mews says {code}."));
            case ["status", var status]:
                return Results.Text("Something went wrong", statusCode: int.Parse(status));
            case ["slow"]:
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
                return Results.Json(new JsonObject { ["success"] = true });
            case ["html"]:
                return Results.Content("<!DOCTYPE html><html><body>Down for maintenance</body></html>", "text/html");
            case ["wrongshape"]:
                return Results.Json(new JsonObject { ["success"] = true, ["properties"] = "none" });
            case ["empty"]:
                return Results.Json(new JsonObject { ["success"] = true });
            case ["singular"]:
                return Results.Json(new JsonObject { ["success"] = false, ["error"] = new JsonObject { ["code"] = 7, ["message"] = "Start is after end." } });
            case ["nullentry"]:
                return Results.Text("{\"success\":true,\"properties\":[null],\"channels\":[null]}", "application/json");
            case ["nullerror"]:
                return Results.Text("{\"success\":false,\"errors\":[null]}", "application/json");
            case ["nocode"]:
                var configuration = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Mews", "getConfiguration.response.json")))!;
                configuration["products"]![0]!["code"] = null;
                return Results.Json(configuration);
            case ["echo"]:
                return Results.Json(SimulatorReply.Error(8, $"Token {ClientToken} is unknown."));
            case ["flaky"] when call <= 2:
                return Results.Json(SimulatorReply.Error(1, "Try again later."));
            case ["example", var name]:
                return Results.Text(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Mews", $"{name}.response.json")), "application/json");
            default:
                using (var reader = new StreamReader(context.Request.Body))
                    return Results.Json(simulator.Handle(operation, context.Request.ContentType, await reader.ReadToEndAsync()));
        }
    }

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
        return new MewsApiClient(http, new MewsBaseUrls(Microsoft.Extensions.Options.Options.Create(options), new SelfAddress(Server.Server)),
            Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, (Microsoft.Extensions.Logging.ILogger<MewsApiClient>?)log ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<MewsApiClient>.Instance);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
