using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>Whether the proxy may forward to an integration's Mews address under the outbound rule.</summary>
public sealed class ProxyUpstream(OutboundNetworkRule outbound)
{
    /// <summary>Why the proxy may not forward to <paramref name="address"/>; null when it may.</summary>
    public async Task<string?> RefusalAsync(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var url) && await outbound.RefusalAsync(url) is { } refused
            ? $"The proxy does not forward there. {refused}"
            : null;
}
