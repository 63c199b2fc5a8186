using System.Collections.Concurrent;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>P4 and P5's services over a temp database, talking to a <see cref="FakeMews"/> over loopback; all of them log into <see cref="Log"/>.</summary>
public sealed class MewsServices
{
    public MewsServices(TempDatabase database, FixedClock clock, FakeMews mews, string keysFolder)
    {
        var protector = new TokenProtector(DataProtectionProvider.Create(new DirectoryInfo(keysFolder)));
        var client = mews.Client(log: new ListLogger<MewsApiClient>(Log));
        var preparation = new PreparationService(database.Factory, clock, new ListLogger<PreparationService>(Log));
        var events = Services.EventsFor(preparation);
        Connections = new ConnectionService(database.Factory, protector, events, clock, new ListLogger<ConnectionService>(Log));
        Properties = new PropertiesService(database.Factory, client, FakeMews.Connections, protector, clock, new ListLogger<PropertiesService>(Log));
        Snapshots = new SnapshotService(database.Factory, client, Connections, events, clock, new ListLogger<SnapshotService>(Log));
    }

    public ConcurrentQueue<string> Log { get; } = new();

    /// <returns>A Simulator project with its main connection picked and its configuration fetched.</returns>
    public async Task<(int Project, int Connection)> FetchedProjectAsync(Services services)
    {
        var input = Services.ValidInput();
        input.Environment = MewsEnvironment.Simulator;
        var id = await services.CreateProjectAsync(input);
        var fetch = await Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var connection = Assert.Single((await Connections.LoadAsync(id))!.Chosen);
        Assert.Null((await Snapshots.FetchAsync(id, connection.Id, "Jana")).Error());
        return (id, connection.Id);
    }
    public ConnectionService Connections { get; }
    public PropertiesService Properties { get; }
    public SnapshotService Snapshots { get; }
}
