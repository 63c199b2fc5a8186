using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.Connections;
using ChannelManagerDashboard.Features.MewsApi;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>P4 and P5's services over a temp database, talking to a <see cref="FakeMews"/> over loopback.</summary>
public sealed class MewsServices
{
    public MewsServices(Services services, TempDatabase database, FixedClock clock, FakeMews mews, string keysFolder, ListLogger<MewsApiClient>? log = null)
    {
        Protector = new TokenProtector(DataProtectionProvider.Create(new DirectoryInfo(keysFolder)));
        var client = mews.Client(log: log);
        Connections = new ConnectionService(database.Factory, client, Protector, services.Preparation, clock, NullLogger<ConnectionService>.Instance);
        Snapshots = new SnapshotService(database.Factory, client, Connections, services.Preparation, clock, NullLogger<SnapshotService>.Instance);
    }

    public TokenProtector Protector { get; }
    public ConnectionService Connections { get; }
    public SnapshotService Snapshots { get; }
}
