using System.Security.Cryptography;

namespace ChannelManagerDashboard.Hosting;

/// <summary>
/// The headers every response carries, pages, JSON and downloads alike, and the origin check on the Blazor hub.
/// Scripts run only from the app's own files (and the import map, by a per-request nonce); MudBlazor positions its
/// popovers with inline styles, so styles may be inline.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "cmd.csp-nonce";
    private const string OwnPolicyKey = "cmd.own-csp";

    /// <summary>The nonce this response's Content-Security-Policy allows for the import map.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    /// <summary>The response keeps the stricter policy it sets itself (the recording proxy sandboxes what it relays).</summary>
    public static void KeepOwnPolicy(HttpContext context) => context.Items[OwnPolicyKey] = true;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/_blazor") && IsForeign(context.Request))
        {
            // A page on another site must not drive a circuit in this one (cross-site WebSocket hijacking).
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!context.Items.ContainsKey(OwnPolicyKey))
                headers.ContentSecurityPolicy = $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; " +
                    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static bool IsForeign(HttpRequest request) =>
        request.Headers.Origin.ToString() is { Length: > 0 } origin
        && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
}
