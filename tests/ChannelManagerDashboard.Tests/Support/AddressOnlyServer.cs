using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A server that only says where it would listen, for component tests: pages show the app's own address (the
/// simulator's and the reference CM's URLs) without a host. Port 9 (discard) answers nothing.
/// </summary>
public sealed class AddressOnlyServer : IServer
{
    public const string Address = "http://127.0.0.1:9";

    public IFeatureCollection Features { get; } = Create();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    private static FeatureCollection Create()
    {
        var features = new FeatureCollection();
        var addresses = new ServerAddressesFeature();
        addresses.Addresses.Add(Address);
        features.Set<IServerAddressesFeature>(addresses);
        return features;
    }
}
