using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.ReferenceCm;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A channel manager on loopback that the harness plays Mews against: either a small fake whose every answer a test
/// writes (under /cm/{operation}), or the reference channel manager (under /reference-cm/{operation}). Either way it
/// records every request and how many were in flight at once.
/// </summary>
public sealed class FakeChannelManager : IAsyncDisposable
{
    private int inFlight;
    private int maxInFlight;

    private FakeChannelManager(LoopbackServer server, string basePath)
    {
        Server = server;
        BaseUrl = new Uri(server.BaseAddress, basePath).ToString();
    }

    public static SimulatorSeed Seed { get; } = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));

    public LoopbackServer Server { get; }

    /// <summary>What Mews is given as the base URL: the fake's /cm or the reference's /reference-cm.</summary>
    public string BaseUrl { get; }

    public CmEndpoints Endpoints => CmEndpoints.FromBase(BaseUrl);

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public int RequestCount => Requests.Count;

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Every request (any path, any method) is answered by <paramref name="answer"/>.</summary>
    public static async Task<FakeChannelManager> StartAsync(Func<HttpContext, FakeRequest, Task> answer)
    {
        FakeChannelManager? cm = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.Use((context, next) => cm!.RecordAsync(context, next));
            app.Run(context => answer(context, (FakeRequest)context.Items[nameof(FakeRequest)]!));
        });
        cm = new FakeChannelManager(server, "cm");
        return cm;
    }

    /// <summary>A fake that gives the same JSON answer to every push.</summary>
    public static Task<FakeChannelManager> AnsweringAsync(string json) => StartAsync((context, _) => JsonAsync(context, json));

    /// <summary>The app's reference channel manager, which knows the simulator seed's tokens and configuration.</summary>
    public static async Task<FakeChannelManager> StartReferenceAsync()
    {
        FakeChannelManager? cm = null;
        var server = await LoopbackServer.StartAsync(
            app =>
            {
                app.Use((context, next) => cm!.RecordAsync(context, next));
                app.MapReferenceCm();
            },
            services => services.AddSingleton(Seed).AddSingleton(FakeMews.Connections).AddReferenceCm());
        cm = new FakeChannelManager(server, "reference-cm");
        return cm;
    }

    public static async Task JsonAsync(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json);
    }

    /// <summary>Every body the harness posted to <paramref name="operation"/>, parsed.</summary>
    public IReadOnlyList<JsonObject> BodiesTo(string operation) =>
        Requests.Where(r => r.Operation == operation).Select(r => JsonNode.Parse(r.Body)!.AsObject()).ToList();

    private async Task RecordAsync(HttpContext context, Func<Task> next)
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen; seen = Volatile.Read(ref maxInFlight))
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        try
        {
            context.Request.EnableBuffering();
            using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true))
            {
                var request = new FakeRequest(context.Request.Method, context.Request.Path, await reader.ReadToEndAsync(context.RequestAborted));
                context.Items[nameof(FakeRequest)] = request;
                Requests.Enqueue(request);
            }
            context.Request.Body.Position = 0;
            await next();
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}

/// <param name="Path">The request path, e.g. /cm/updateAvailability.</param>
public sealed record FakeRequest(string Method, string Path, string Body)
{
    /// <summary>The last path segment: the operation Mews called.</summary>
    public string Operation => Path[(Path.LastIndexOf('/') + 1)..];
}
