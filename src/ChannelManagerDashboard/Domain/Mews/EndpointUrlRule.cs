namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Mews only calls HTTPS endpoints; plain http is accepted for a CM running on this machine while testing.</summary>
public static class EndpointUrlRule
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <returns>Null when valid (or empty and optional), otherwise a message that says how to fix it.</returns>
    public static string? Check(string? url, bool required)
    {
        var value = url?.Trim() ?? "";
        if (value.Length == 0)
            return required ? "Enter the URL, e.g. https://cm.example.com/mews/updatePrices." : null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return $"'{value}' is not an absolute URL. Write it in full, e.g. https://cm.example.com/mews/updatePrices.";
        if (uri.Scheme == Uri.UriSchemeHttps)
            return null;
        if (uri.Scheme == Uri.UriSchemeHttp)
            return LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)
                ? null
                : $"Mews calls endpoints over HTTPS only: use https://{uri.Authority}{uri.PathAndQuery}. Plain http is accepted only for localhost, 127.0.0.1 or [::1].";
        return $"'{uri.Scheme}' URLs cannot be called by Mews: use an https:// URL.";
    }
}
