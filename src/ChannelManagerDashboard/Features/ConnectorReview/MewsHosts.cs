namespace ChannelManagerDashboard.Features.ConnectorReview;

public enum MewsHostKind
{
    Demo,
    Production,
    Other,
}

/// <summary>Where a request went (Q5): the Mews demo, which certification runs on, Mews production, or elsewhere.</summary>
public static class MewsHosts
{
    public const string Demo = "api.mews-demo.com";

    public static MewsHostKind Of(string host) =>
        Is(host, "mews-demo.com") ? MewsHostKind.Demo : Is(host, "mews.com") ? MewsHostKind.Production : MewsHostKind.Other;

    public static bool IsMews(string host) => Of(host) != MewsHostKind.Other;

    private static bool Is(string host, string domain) =>
        string.Equals(host, domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
}
