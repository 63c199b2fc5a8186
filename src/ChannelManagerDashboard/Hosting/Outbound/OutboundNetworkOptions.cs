using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>The <c>PlayMews</c> settings that widen <see cref="OutboundNetworkRule"/>; the Mews client and the recording proxy obey them too.</summary>
public sealed class OutboundNetworkOptions
{
    public const string Section = "PlayMews";

    /// <summary>Whether any port on this machine may be called; without it only the app's own reference CM and simulator are.</summary>
    public bool AllowLoopback { get; set; }
    public string[] AllowedNetworks { get; set; } = [];

    public Result Validate()
    {
        var unreadable = AllowedNetworks.Where(n => NetworkText.Read(n) is null).ToList();
        return unreadable.Count == 0 ? Result.Ok()
            : Result.Invalid(nameof(AllowedNetworks), $"AllowedNetworks: {string.Join(", ", unreadable.Select(n => $"'{n}'"))} is not a network in CIDR notation, such as 10.20.0.0/16 or fd00::/8.");
    }

    public OutboundNetworkRule Rule(HostAddresses? host = null) => new(AllowLoopback, AllowedNetworks.Select(n => NetworkText.Read(n)!.Value).ToList(), host);
}
