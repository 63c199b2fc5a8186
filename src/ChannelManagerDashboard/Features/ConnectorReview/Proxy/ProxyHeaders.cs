using System.Net.Http.Headers;
using ChannelManagerDashboard.Hosting;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>
/// What crosses the proxy besides the body. The proxy answers on the dashboard's own origin, where the signed-in
/// user's session cookie lives: only the headers an API client needs go to Mews (never the user's Cookie or
/// Authorization, nor proxy, forwarding or hop-by-hop headers), no cookie comes back, and no answer can run as a page
/// of the dashboard: every one is sandboxed and not sniffed, and what is not JSON is a download.
/// </summary>
public static class ProxyHeaders
{
    /// <summary>The policy every answer of the proxy carries: no script, no same-origin access, no framing.</summary>
    public const string Sandbox = "sandbox; default-src 'none'; frame-ancestors 'none'";

    /// <summary>Request headers an API client sends that Mews may need; the body's length follows from the body.</summary>
    private static readonly HashSet<string> Forwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Encoding", "Accept-Language", "User-Agent", "Content-Type", "Content-Encoding",
    };

    /// <summary>
    /// Answer headers that stay behind: cookies, hop-by-hop ones, the body's framing (Kestrel frames it again), and
    /// those that would act on the dashboard's origin or replace the proxy's own policy.
    /// </summary>
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase)
    {
        "Set-Cookie", "Set-Cookie2", "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authentication-Info",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Content-Length", "Content-Type", "Content-Disposition",
        "Content-Security-Policy", "Content-Security-Policy-Report-Only", "X-Content-Type-Options", "X-Frame-Options",
        "Strict-Transport-Security", "Alt-Svc", "Clear-Site-Data", "Refresh", "Link", "Service-Worker-Allowed",
        "Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers",
        "Access-Control-Allow-Methods", "Access-Control-Expose-Headers", "Access-Control-Max-Age",
    };

    /// <summary>The integration's headers that go on to Mews.</summary>
    public static void CopyToUpstream(IHeaderDictionary from, HttpRequestMessage to)
    {
        var named = NamedIn(from.Connection);
        foreach (var (name, values) in from)
        {
            if (!Forwarded.Contains(name) || named.Contains(name))
                continue;
            if (!to.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
                to.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }
    }

    /// <summary>Mews' answer headers that go back to the integration, and the proxy's own that keep the answer inert.</summary>
    public static void CopyToClient(HttpResponseMessage from, HttpResponse to)
    {
        var named = NamedIn(from.Headers.Connection);
        foreach (var (name, values) in from.Headers.Concat(from.Content.Headers))
        {
            if (!Withheld.Contains(name) && !named.Contains(name))
                to.Headers[name] = values.ToArray();
        }
        var type = from.Content.Headers.ContentType;
        if (IsJson(type))
            to.ContentType = type!.ToString();
        else
        {
            // An HTML or script answer opened in a browser would otherwise run on the dashboard's origin.
            to.ContentType = "application/octet-stream";
            to.Headers.ContentDisposition = "attachment; filename=\"mews-answer.bin\"";
        }
    }

    /// <summary>Set on every answer of the proxy, its own error messages included.</summary>
    public static void MakeInert(HttpResponse response)
    {
        SecurityHeaders.KeepOwnPolicy(response.HttpContext);
        response.Headers.ContentSecurityPolicy = Sandbox;
        response.Headers.XContentTypeOptions = "nosniff";
    }

    public static bool IsJson(MediaTypeHeaderValue? type) => type?.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The headers a Connection header names, which are hop-by-hop whatever they are called.</summary>
    private static HashSet<string> NamedIn(IEnumerable<string?> connection) =>
        new(connection.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
}
