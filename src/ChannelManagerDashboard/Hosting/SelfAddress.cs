using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChannelManagerDashboard.Hosting;

/// <summary>The address this app listens on, as the app itself can call it (a wildcard host becomes loopback).</summary>
public sealed class SelfAddress(IServer server)
{
    public Uri? Current
    {
        get
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
            return chosen is null ? null : ToCallable(chosen);
        }
    }

    public static Uri? ToCallable(string address)
    {
        var wildcard = address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1")
            .Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]");
        return Uri.TryCreate(wildcard, UriKind.Absolute, out var uri) ? uri : null;
    }
}
