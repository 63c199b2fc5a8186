using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.ReferenceCm;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// Runs below the UI against a channel manager on loopback: a real SQLite file, the fake Mews, and the reference CM with
/// the routes a test class adds beside it (a faulty CM, a refusing one).
/// </summary>
public abstract class LoopbackCmTest : DatabaseTest, IClassFixture<FakeMewsFixture>, IAsyncLifetime
{
    protected LoopbackCmTest(FakeMewsFixture fixture)
    {
        Fixture = fixture;
        Mews = new MewsServices(Database, Clock, fixture.Mews, Path.Combine(Database.Folder, "keys"));
        Mapping = new MappingService(Database.Factory, Services.Events, Clock, new ListLogger<MappingService>());
    }

    protected FakeMewsFixture Fixture { get; }
    protected MewsServices Mews { get; }
    protected MappingService Mapping { get; }
    protected SimulatorSeed Seed { get; } = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));
    protected LoopbackServer Cm { get; private set; } = default!;

    /// <summary>The routes the test class's CM has beside the reference CM's.</summary>
    protected abstract void MapOtherRoutes(WebApplication app);

    public async Task InitializeAsync() => Cm = await LoopbackServer.StartAsync(app =>
    {
        app.MapReferenceCm();
        MapOtherRoutes(app);
    }, services => services.AddSingleton(Seed).AddSingleton(FakeMews.Connections).AddReferenceCm());

    public async Task DisposeAsync() => await Cm.DisposeAsync();

    /// <summary>Play Mews as the app wires it, over this class's database, Mews and mapping.</summary>
    protected PlayMewsService PlayMews(CmRequestSender sender, HarnessSettings harness, MewsBaseUrls baseUrls) =>
        new(Database.Factory, Mapping, Services.Tracker, new HarnessScopes(Mews.Connections, baseUrls, Seed, new ConfirmationInbox(), Clock),
            new HarnessRunner(sender, harness, Clock), RunStore(harness), new ListLogger<PlayMewsService>());

    protected HarnessRunStore RunStore(HarnessSettings harness) => new(Database.Factory, Services.Tracker, harness, Clock, new ListLogger<HarnessRunStore>());

    /// <returns>A Simulator project whose endpoints are <paramref name="basePath"/> on the loopback CM, connected and fetched.</returns>
    protected async Task<(int Project, int Connection)> ConnectedAsync(string basePath)
    {
        var input = Services.ValidInput();
        input.Environment = MewsEnvironment.Simulator;
        input.EndpointBaseUrl = new Uri(Cm.BaseAddress, basePath).ToString();
        var id = await Services.CreateProjectAsync(input);
        var fetch = await Mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await Mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var connection = Assert.Single((await Mews.Connections.LoadAsync(id))!.Chosen);
        Assert.Null((await Mews.Snapshots.FetchAsync(id, connection.Id, "Jana")).Error());
        return (id, connection.Id);
    }
}
