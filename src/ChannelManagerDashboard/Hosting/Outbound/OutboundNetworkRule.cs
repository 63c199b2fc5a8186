using System.Net;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>
/// Which addresses the dashboard may connect to when it calls a URL someone typed or configured: the public internet,
/// loopback when allowed (the built-in reference CM and local development), and whatever networks are allowed by name.
/// Everything else that reaches inside a network (private, link-local, shared, multicast, unspecified) is refused, in
/// every spelling: IPv4-mapped and NAT64 forms are judged as the IPv4 address they carry.
/// </summary>
public sealed class OutboundNetworkRule(bool allowLoopback, IReadOnlyList<NetworkRange> allowed)
{
    private static readonly (NetworkRange Range, string Kind)[] Reserved =
    [
        (NetworkRange.Parse("127.0.0.0/8"), Loopback),
        (NetworkRange.Parse("::1/128"), Loopback),
        (NetworkRange.Parse("0.0.0.0/8"), "an unspecified address"),
        (NetworkRange.Parse("::/128"), "an unspecified address"),
        (NetworkRange.Parse("10.0.0.0/8"), Private),
        (NetworkRange.Parse("172.16.0.0/12"), Private),
        (NetworkRange.Parse("192.168.0.0/16"), Private),
        (NetworkRange.Parse("fc00::/7"), Private),
        (NetworkRange.Parse("fec0::/10"), Private),
        (NetworkRange.Parse("169.254.0.0/16"), "a link-local address"),
        (NetworkRange.Parse("fe80::/10"), "a link-local address"),
        (NetworkRange.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (NetworkRange.Parse("224.0.0.0/4"), "a multicast address"),
        (NetworkRange.Parse("ff00::/8"), "a multicast address"),
        (NetworkRange.Parse("240.0.0.0/4"), "a reserved address"),
    ];

    private const string Loopback = "a loopback address";
    private const string Private = "a private network address";
    private static readonly NetworkRange Nat64 = NetworkRange.Parse("64:ff9b::/96");

    public const string AllowedNetworksSetting = "PlayMews:AllowedNetworks";
    public const string AllowLoopbackSetting = "PlayMews:AllowLoopback";

    /// <summary>Public addresses and loopback, nothing else: what a rule with no settings allows.</summary>
    public static OutboundNetworkRule Default { get; } = new(allowLoopback: true, []);

    /// <returns>Null when the address may be connected to; otherwise why not, and which setting would allow it.</returns>
    public string? Refusal(IPAddress address)
    {
        var judged = Carried(address);
        if (allowed.Any(range => range.Contains(judged) || range.Contains(address)))
            return null;
        var kind = Reserved.FirstOrDefault(r => r.Range.Contains(judged)).Kind;
        if (kind is null || (kind == Loopback && allowLoopback))
            return null;
        var setting = kind == Loopback ? $"set {AllowLoopbackSetting} to true" : $"add its network to {AllowedNetworksSetting} (CIDR, e.g. {Suggestion(judged)})";
        return $"The dashboard does not connect to {address}: it is {kind}, inside a network rather than on the internet. " +
            $"If the endpoint really runs there, {setting} and restart.";
    }

    private static IPAddress Carried(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        if (Nat64.Contains(address))
            return new IPAddress(address.GetAddressBytes()[12..]);
        return address;
    }

    private static string Suggestion(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes.Length == 4 ? $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24" : $"{address}/128";
    }
}
