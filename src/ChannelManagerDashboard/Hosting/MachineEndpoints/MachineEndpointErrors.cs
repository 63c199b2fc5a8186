using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace ChannelManagerDashboard.Hosting.MachineEndpoints;

/// <summary>
/// Machines call these endpoints and read only JSON: whatever fails inside one (its limiter, its body reading, its own
/// logic) reaches the caller as the documented error code 1 with HTTP 200, which Mews and a channel manager treat as
/// "try again later", never as the HTML error page a person gets.
/// </summary>
public static class MachineEndpointErrors
{
    /// <summary>Bounded by the feature's own limits, reachable without a session (the tokens in the body are what counts).</summary>
    public static RouteHandlerBuilder AsMachineEndpoint(this RouteHandlerBuilder endpoint, string policy) =>
        endpoint.DisableAntiforgery().RequireRateLimiting(policy).WithMetadata(MachineEndpointMarker.Instance).AllowAnonymous();

    /// <summary>Goes after the status pages and before the rate limiter, whose failures it must also catch.</summary>
    public static IApplicationBuilder UseMachineEndpointErrors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MachineEndpointMarker>() is null)
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var at = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MachineEndpointErrors))
                .LogError(ex, "{Method} {Path} failed; the caller got error code 1", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status200OK;
            await context.Response.WriteAsJsonAsync(MachineRequests.Error(1,
                $"The dashboard failed while handling this message ({ex.GetType().Name}, {at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC) " +
                "and may not have kept it. Send it again in a few seconds; if it keeps failing, the dashboard's log has the error at that time."));
        }
    });

    private sealed class MachineEndpointMarker
    {
        public static MachineEndpointMarker Instance { get; } = new();
    }
}
