using System.Globalization;
using System.Net;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>An IPv4 or IPv6 network in CIDR notation, such as 10.0.0.0/8 or fc00::/7.</summary>
public sealed record NetworkRange(IPAddress Network, int PrefixLength)
{
    public static NetworkRange? TryParse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var network)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > network.GetAddressBytes().Length * 8)
            return null;
        return new NetworkRange(network, prefix);
    }

    public static NetworkRange Parse(string text) => TryParse(text) ?? throw new FormatException($"'{text}' is not a network in CIDR notation.");

    public bool Contains(IPAddress address)
    {
        if (address.AddressFamily != Network.AddressFamily)
            return false;
        var (candidate, network) = (address.GetAddressBytes(), Network.GetAddressBytes());
        var whole = PrefixLength / 8;
        for (var i = 0; i < whole; i++)
        {
            if (candidate[i] != network[i])
                return false;
        }
        var rest = PrefixLength % 8;
        if (rest == 0)
            return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    public override string ToString() => $"{Network}/{PrefixLength}";
}
