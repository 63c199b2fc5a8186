using System.Net;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>
/// Which addresses the dashboard may connect to when it calls a URL someone typed or configured: the public internet,
/// this app's own reference CM and Mews simulator, loopback when allowed, and whatever networks are allowed by name.
/// Every other special-purpose address of the IANA IPv4 and IPv6 registries is refused (private, link-local, shared,
/// documentation, benchmarking, protocol assignments, multicast, reserved, unspecified), in every spelling: IPv4-mapped,
/// IPv4-compatible, NAT64 and 6to4 addresses are judged as the IPv4 address they carry. The machine's own interface
/// addresses count as loopback: a connection to one reaches this machine just as 127.0.0.1 would.
/// </summary>
public sealed class OutboundNetworkRule(bool allowLoopback, IReadOnlyList<IPNetwork> allowed, HostAddresses? host = null)
{
    private const string Loopback = "a loopback address (this machine)";
    private const string OwnAddress = "one of this machine's own addresses";
    private const string Unspecified = "an unspecified address";
    private const string Private = "a private network address";
    private const string Documentation = "a documentation address";
    private const string Protocol = "an IETF protocol-assignment address";

    /// <summary>Most specific first where ranges overlap (the broadcast address inside 240/4, Teredo inside 2001::/23).</summary>
    private static readonly (IPNetwork Range, string Kind)[] Special =
    [
        (IPNetwork.Parse("0.0.0.0/8"), Unspecified),
        (IPNetwork.Parse("10.0.0.0/8"), Private),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), Private),
        (IPNetwork.Parse("192.0.0.0/24"), Protocol),
        (IPNetwork.Parse("192.0.2.0/24"), Documentation),
        (IPNetwork.Parse("192.31.196.0/24"), "an AS112 (reverse-DNS sink) address"),
        (IPNetwork.Parse("192.52.193.0/24"), "an AMT (multicast tunnel) address"),
        (IPNetwork.Parse("192.88.99.0/24"), "a 6to4 relay anycast address"),
        (IPNetwork.Parse("192.168.0.0/16"), Private),
        (IPNetwork.Parse("192.175.48.0/24"), "an AS112 (reverse-DNS sink) address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), Documentation),
        (IPNetwork.Parse("203.0.113.0/24"), Documentation),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), Unspecified),
        (IPNetwork.Parse("::1/128"), Loopback),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address"),
        (IPNetwork.Parse("100::/64"), "a discard-only address"),
        (IPNetwork.Parse("2001::/32"), "a Teredo tunnel address"),
        (IPNetwork.Parse("2001:10::/28"), "an ORCHID identifier"),
        (IPNetwork.Parse("2001:20::/28"), "an ORCHID identifier"),
        (IPNetwork.Parse("2001::/23"), Protocol),
        (IPNetwork.Parse("2001:db8::/32"), Documentation),
        (IPNetwork.Parse("3fff::/20"), Documentation),
        (IPNetwork.Parse("fc00::/7"), Private),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), Private),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>How long a save waits for a host name to resolve before it leaves the judgement to connect time.</summary>
    public static readonly TimeSpan LookupWait = TimeSpan.FromSeconds(2);

    public const string AllowedNetworksSetting = "PlayMews:AllowedNetworks";
    public const string AllowLoopbackSetting = "PlayMews:AllowLoopback";

    private readonly HostAddresses host = host ?? HostAddresses.Shared;

    /// <summary>Public addresses only (and this app's own endpoints): what a rule with no settings allows.</summary>
    public static OutboundNetworkRule Default { get; } = new(allowLoopback: false, []);

    /// <param name="ownEndpoint">The connection is for one of this app's own endpoints on its own port (<see cref="OwnEndpoints"/>), which loopback may always reach.</param>
    /// <returns>Null when the address may be connected to; otherwise why not, and which setting would allow it.</returns>
    public string? Refusal(IPAddress address, bool ownEndpoint = false)
    {
        var bare = Unscoped(address);
        var judged = Carried(bare);
        if (allowed.Any(range => range.Contains(judged) || range.Contains(bare)))
            return null;
        var kind = KindOf(bare);
        if (kind != Loopback && host.Contains(judged))
            kind = OwnAddress;
        if (kind is null)
            return null;
        var toThisMachine = kind is Loopback or OwnAddress;
        if (toThisMachine && (allowLoopback || ownEndpoint))
            return null;
        return toThisMachine
            ? $"The dashboard does not connect to {address}: it is {kind}. By default only the dashboard's own reference CM and Mews simulator " +
              $"are reached on this machine; if the endpoint really runs here, set {AllowLoopbackSetting} to true and restart."
            : $"The dashboard does not connect to {address}: it is {kind}, not an address on the internet. " +
              $"If the endpoint really runs there, add its network to {AllowedNetworksSetting} (CIDR, e.g. {Suggestion(judged)}) and restart.";
    }

    /// <summary>
    /// Judges an address someone saves, before anything connects to it: an IP address in any spelling the URL parser
    /// reads (0x7f.1 is 127.0.0.1) at once, a host name by what it resolves to now, refused when none of its addresses
    /// is allowed. A name that does not resolve in <see cref="LookupWait"/> is let through: the connection is judged
    /// again on the address it goes to.
    /// </summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellation = default)
    {
        var name = url.IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(name, out var literal))
            return Refusal(literal);
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(name, cancellation).WaitAsync(LookupWait, cancellation);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or TimeoutException or ArgumentException)
        {
            return null;
        }
        var refusals = addresses.Select(a => Refusal(a)).ToList();
        return refusals.Count > 0 && refusals.All(r => r is not null) ? refusals[0] : null;
    }

    private static string? KindOf(IPAddress address)
    {
        // :: and ::1 sit inside the IPv4-compatible block but are IPv6's own unspecified and loopback addresses.
        if (Special.FirstOrDefault(s => s.Range.PrefixLength == 128 && s.Range.Contains(address)).Kind is { } exact)
            return exact;
        var carried = Carried(address);
        return Special.FirstOrDefault(s => s.Range.Contains(carried)).Kind;
    }

    /// <summary>The IPv4 address an IPv6 one carries where its format says where it is; otherwise the address itself.</summary>
    private static IPAddress Carried(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (Compatible.Contains(address) && !IsExact(address)))
            return new IPAddress(bytes[12..]);
        if (SixToFour.Contains(address))
            return new IPAddress(bytes[2..6]);
        return address;
    }

    private static bool IsExact(IPAddress address) => address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback);

    /// <summary>The address without an IPv6 zone (fe80::1%eth0 is fe80::1), so ranges and the host's addresses compare on the address alone.</summary>
    internal static IPAddress Unscoped(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;

    private static string Suggestion(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes.Length == 4 ? $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24" : $"{address}/128";
    }
}
