using System.Net.Http.Headers;
using ChannelManagerDashboard.Hosting;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Forwarder;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>
/// What crosses the proxy besides the body: to Mews an allowlist of request headers, back YARP's copy of the answer's
/// headers (hop-by-hop ones left out) less those withheld here. The proxy answers on the
/// dashboard's own origin, where the signed-in user's session cookie lives: only the headers an API client needs go to
/// Mews (never the user's Cookie or Authorization, nor proxy or forwarding headers), no cookie comes back, and no answer
/// can run as a page of the dashboard: every one is sandboxed and not sniffed, and what is not JSON is a download.
/// </summary>
/// <param name="target">The Mews address the request goes to.</param>
public sealed class ProxyHeaders(Uri target) : HttpTransformer
{
    /// <summary>The policy every answer of the proxy carries: no script, no same-origin access, no framing.</summary>
    public const string Sandbox = "sandbox; default-src 'none'; frame-ancestors 'none'";

    /// <summary>Request headers an API client sends that Mews may need, and the body's length the proxy set from the body it read.</summary>
    private static readonly HashSet<string> Forwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Encoding", "Accept-Language", "User-Agent", "Content-Type", "Content-Encoding", "Content-Length",
    };

    /// <summary>
    /// Answer headers that stay behind besides the hop-by-hop ones: cookies, the body's framing (Kestrel frames it
    /// again), and those that would act on the dashboard's origin or replace the proxy's own policy.
    /// </summary>
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase)
    {
        "Set-Cookie", "Set-Cookie2", "Trailer", "Content-Length", "Content-Type", "Content-Disposition",
        "Content-Security-Policy", "Content-Security-Policy-Report-Only", "X-Content-Type-Options", "X-Frame-Options",
        "Strict-Transport-Security", "Clear-Site-Data", "Refresh", "Link", "Service-Worker-Allowed",
        "Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers",
        "Access-Control-Allow-Methods", "Access-Control-Expose-Headers", "Access-Control-Max-Age",
    };

    /// <summary>The integration's headers that go on to Mews, and Mews' address.</summary>
    /// <remarks>
    /// Copies only the allowed headers instead of all of them and then removing most: this runs on every request, and
    /// the base transform does nothing else the proxy needs (the address is set here, the body by the forwarder).
    /// </remarks>
    public override ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        var from = httpContext.Request.Headers;
        var named = from.Connection.Count == 0 ? null : NamedIn(from.Connection);
        foreach (var name in Forwarded)
        {
            if (!from.TryGetValue(name, out var values) || named?.Contains(name) == true)
                continue;
            if (!proxyRequest.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
                proxyRequest.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }
        proxyRequest.RequestUri = target;
        return ValueTask.CompletedTask;
    }

    /// <summary>Mews' answer headers that go back to the integration, and the proxy's own that keep the answer inert.</summary>
    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        var to = httpContext.Response;
        List<KeyValuePair<string, StringValues>>? own = null;
        foreach (var name in Withheld)
        {
            if (to.Headers.TryGetValue(name, out var value))
                (own ??= []).Add(new(name, value));
        }
        if (proxyResponse is null || !await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken))
            return false;
        foreach (var name in Withheld)
            to.Headers.Remove(name);
        if (proxyResponse.Headers.Connection.Count > 0)
        {
            foreach (var name in NamedIn(proxyResponse.Headers.Connection))
                to.Headers.Remove(name);
        }
        foreach (var (name, value) in own ?? [])
            to.Headers[name] = value;
        var type = proxyResponse.Content.Headers.ContentType;
        if (IsJson(type))
            to.ContentType = type!.ToString();
        else
        {
            // An HTML or script answer opened in a browser would otherwise run on the dashboard's origin.
            to.ContentType = "application/octet-stream";
            to.Headers.ContentDisposition = "attachment; filename=\"mews-answer.bin\"";
        }
        return true;
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
