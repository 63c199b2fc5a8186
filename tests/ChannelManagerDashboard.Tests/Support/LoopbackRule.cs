using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// The outbound rule as <c>PlayMews:AllowLoopback</c> true makes it: the tests' channel managers and Mews run on
/// loopback ports, which the default rule refuses.
/// </summary>
public static class LoopbackRule
{
    public static OutboundNetworkRule Allowed { get; } = new(allowLoopback: true, []);
}
