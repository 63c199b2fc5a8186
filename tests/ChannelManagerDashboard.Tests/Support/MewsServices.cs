using System.Collections.Concurrent;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>P4 and P5's services over a temp database, talking to a <see cref="FakeMews"/> over loopback; all of them log into <see cref="Log"/>.</summary>
public sealed class MewsServices
{
    public MewsServices(TempDatabase database, FixedClock clock, FakeMews mews, string keysFolder)
    {
        var protector = new TokenProtector(DataProtectionProvider.Create(new DirectoryInfo(keysFolder)));
        var client = mews.Client(log: new ListLogger<MewsApiClient>(Log));
        var preparation = new PreparationService(database.Factory, clock, Options.Create(new PreparationOptions()), new ListLogger<PreparationService>(Log));
        var events = Services.EventsFor(preparation);
        Connections = new ConnectionService(database.Factory, client, FakeMews.Connections, protector, events, clock, new ListLogger<ConnectionService>(Log));
        Snapshots = new SnapshotService(database.Factory, client, Connections, events, clock, new ListLogger<SnapshotService>(Log));
    }

    public ConcurrentQueue<string> Log { get; } = new();
    public ConnectionService Connections { get; }
    public SnapshotService Snapshots { get; }
}
