using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>A path under which this app serves endpoints it calls on itself (the reference CM, the Mews simulator).</summary>
public sealed record OwnEndpointPath(string Path);

/// <summary>
/// This app's own endpoints as an outbound call addresses them: the scheme and port the app listens on, and a path
/// under one of the registered <see cref="OwnEndpointPath"/>s. Only such a call may reach this machine while loopback
/// is refused; any other path or port there needs <see cref="OutboundNetworkRule.AllowLoopbackSetting"/>.
/// </summary>
public sealed class OwnEndpoints(IServer? server, IEnumerable<OwnEndpointPath> paths)
{
    private readonly string[] prefixes = [.. paths.Select(p => p.Path.TrimEnd('/'))];

    /// <summary>The schemes and ports the app listens on; read on each call, as Kestrel fills them in only once it listens.</summary>
    public IEnumerable<(string Scheme, int Port)> Listening =>
        (server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(SelfAddress.ToCallable).OfType<Uri>().Select(u => (u.Scheme, u.Port));

    public bool IsOwnPort(int port) => Listening.Any(l => l.Port == port);

    public bool Contains(Uri url)
    {
        if (!url.IsAbsoluteUri || !Listening.Contains((url.Scheme, url.Port)))
            return false;
        // The app routes on the decoded path, so the decoded one is judged: /reference-cm/%2e%2e/x must not pass as the reference CM.
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (path.Contains('\\') || path.Split('/').Any(segment => segment is "." or ".."))
            return false;
        return prefixes.Any(prefix => path.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase));
    }
}
