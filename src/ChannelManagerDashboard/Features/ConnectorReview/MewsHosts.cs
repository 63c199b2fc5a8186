namespace ChannelManagerDashboard.Features.ConnectorReview;

public enum MewsEnvironment
{
    Demo,
    Production,
    Other,
}

/// <summary>Where a call went (Q5): the Mews demo, which certification runs on, Mews production, or elsewhere.</summary>
public static class MewsHosts
{
    public const string Demo = "api.mews-demo.com";
    public const string Production = "api.mews.com";

    public static MewsEnvironment Of(string host) =>
        Is(host, "mews-demo.com") ? MewsEnvironment.Demo : Is(host, "mews.com") ? MewsEnvironment.Production : MewsEnvironment.Other;

    /// <returns>The host of an absolute URL, lower case; null when the URL has none.</returns>
    public static string? HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;

    private static bool Is(string host, string domain) =>
        string.Equals(host, domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
}
