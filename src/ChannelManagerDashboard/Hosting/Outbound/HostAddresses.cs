using System.Net;
using System.Net.NetworkInformation;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>
/// The machine's own interface addresses, which <see cref="OutboundNetworkRule"/> counts as loopback. Read again after
/// <see cref="Refresh"/>, so an address a container or DHCP adds is known within seconds without reading the
/// interfaces on every connection.
/// </summary>
public sealed class HostAddresses(TimeProvider clock, Func<IEnumerable<IPAddress>> read)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    /// <summary>The interfaces of this machine, for rules built without a service provider (the certify command, tests).</summary>
    public static HostAddresses Shared { get; } = new(TimeProvider.System, ReadInterfaces);

    private sealed record Snapshot(HashSet<IPAddress> Addresses, DateTimeOffset ReadAt);

    private volatile Snapshot? current;

    public bool Contains(IPAddress address)
    {
        var now = clock.GetUtcNow();
        var known = current;
        if (known is null || now - known.ReadAt >= Refresh || now < known.ReadAt)
            current = known = new Snapshot([.. read().Select(OutboundNetworkRule.Unscoped)], now);
        return known.Addresses.Contains(OutboundNetworkRule.Unscoped(address));
    }

    public static IEnumerable<IPAddress> ReadInterfaces()
    {
        try
        {
            return [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address)];
        }
        catch (NetworkInformationException)
        {
            // Without the list, loopback and the special-purpose ranges still hold; only a public address of this host is missed.
            return [];
        }
    }
}
