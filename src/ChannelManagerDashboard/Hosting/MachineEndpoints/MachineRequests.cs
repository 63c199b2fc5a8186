using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Hosting.MachineEndpoints;

/// <summary>
/// What every machine endpoint does before its own logic: a bounded number of requests at a time and per second, and
/// a body read up to a cap, whole and valid UTF-8. Anything else is answered in the documented JSON (code 6, or code 1
/// when busy), never with an HTML error page.
/// </summary>
public static class MachineRequests
{
    /// <summary>A feature's own bounds: its requests neither wait for nor count against another feature's.</summary>
    public static IServiceCollection AddMachineEndpointLimits(this IServiceCollection services, string policy)
    {
        services.AddOptions<MachineEndpointOptions>().BindConfiguration(MachineEndpointOptions.Section)
            .ValidateRules(MachineEndpointOptions.Section, o => o.Validate()).ValidateOnStart();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, Policy>(policy));
        return services;
    }

    /// <returns>The body, or null and the documented error to answer with.</returns>
    public static async Task<(byte[]? Body, JsonObject? Error)> ReadBodyAsync(HttpRequest request, int maxBytes)
    {
        using var copy = new MemoryStream();
        var tooLarge = Error(6, $"The body is larger than {ByteSize.Format(maxBytes)}. Split it into smaller messages.");
        try
        {
            if (await BoundedCopy.CopyAtMostAsync(request.Body, copy, maxBytes + 1L) > maxBytes)
                return (null, tooLarge);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            return (null, ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? tooLarge
                : Error(6, "The body stopped before its declared length (Content-Length). Send the whole body at once."));
        }
        var body = copy.ToArray();
        return Utf8.IsValid(body) ? (body, null) : (null, Error(6, "The body is not valid UTF-8. Send JSON in UTF-8."));
    }

    /// <summary>The Channel Manager API's error shape, which the reference CM and the simulator both answer with.</summary>
    public static JsonObject Error(int code, string message) => new()
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
    };

    /// <summary>Made once per policy name, so each feature has limiters of its own.</summary>
    private sealed class Policy(IOptions<MachineEndpointOptions> settings) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellation) =>
        {
            // Mews treats code 1 as a system error and tries again later, which is what a busy endpoint wants.
            context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
            await context.HttpContext.Response.WriteAsJsonAsync(Error(1, "Too many requests at once. Try again in a few seconds."), cancellation);
        };

        /// <summary>
        /// The middleware disposes a partition's limiter after about 10 s idle and calls the factory again on the next
        /// request, so the factory must make a new limiter each time: handing back a shared one would hand back a disposed one.
        /// </summary>
        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.Get("all", _ => new MachineLimiter(settings.Value));
    }
}
