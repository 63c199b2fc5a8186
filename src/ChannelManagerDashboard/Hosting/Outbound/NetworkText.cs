using System.Globalization;
using System.Net;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>
/// CIDR text as an <see cref="IPNetwork"/>. <see cref="IPNetwork.TryParse(string, out IPNetwork)"/> refuses host bits past
/// the prefix (10.1.0.0/8); settings written before it read such a network as its prefix says, so they still do.
/// </summary>
public static class NetworkText
{
    public static IPNetwork? Read(string text)
    {
        var trimmed = text.Trim();
        if (IPNetwork.TryParse(trimmed, out var network))
            return network;
        var slash = trimmed.IndexOf('/');
        if (slash < 0 || !IPAddress.TryParse(trimmed[..slash], out var address)
            || !int.TryParse(trimmed[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix))
            return null;
        var bytes = address.GetAddressBytes();
        if (prefix > bytes.Length * 8)
            return null;
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        return new IPNetwork(new IPAddress(bytes), prefix);
    }
}
