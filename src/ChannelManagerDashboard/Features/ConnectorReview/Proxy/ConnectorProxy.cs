using System.Diagnostics;
using System.Text;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>
/// The recording proxy: the integration points its Mews base address at <c>/connector-proxy/{key}</c>; each call's
/// body goes on unchanged to the recording's Mews address with the headers an API client needs (<see cref="ProxyHeaders"/>),
/// through the outbound guard, its answer comes straight back, inert on the dashboard's origin, and the call is recorded
/// on the way (tokens and card data redacted, the AccessToken hashed).
/// </summary>
public static class ConnectorProxy
{
    public const string BasePath = "/connector-proxy";
    public const string ClientName = "ConnectorProxy";

    /// <summary>Connector API bodies are small; a larger one is refused rather than held in memory.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>What is kept of a body for the review; the call itself is forwarded whole.</summary>
    public const int KeptBodyChars = 64 * 1024;

    public static IEndpointRouteBuilder MapConnectorProxy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(BasePath + "/{key}/{**path}", ForwardAsync).DisableAntiforgery()
            // The integration calls it without a session; the unguessable key in the path is the recording's.
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task ForwardAsync(HttpContext context, string key, string? path, ProxyRecorder recorder, IHttpClientFactory clients, TimeProvider clock)
    {
        ProxyHeaders.MakeInert(context.Response);
        if (await recorder.FindAsync(key) is not { } recording)
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "No recording runs at this proxy address. Start a recording on the project's Connector journey and use the address it shows.");
            return;
        }
        var target = Target(recording.Mews, path, context.Request.QueryString);
        if (target is null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, $"The proxy forwards only to {recording.Mews}; send the Connector API path after the proxy address, e.g. /api/connector/v1/configuration/get.");
            return;
        }
        var index = recording.Begin();
        var recorded = false;
        try
        {
            recorded = await SendAsync(context, recording, target, index, recorder, clients, clock);
        }
        finally
        {
            if (!recorded)
                recording.Abandon();
        }
    }

    /// <returns>Whether the call was handed to the recorder; not when the body was refused or the integration went away.</returns>
    private static async Task<bool> SendAsync(HttpContext context, ProxyRecording recording, Uri target, int index, ProxyRecorder recorder, IHttpClientFactory clients, TimeProvider clock)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is over {MaxBodyBytes / 1024 / 1024} MB; Connector API requests are far smaller.");
            return false;
        }
        var body = await ReadAsync(context.Request.Body, context.RequestAborted);
        if (body is null)
        {
            await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is over {MaxBodyBytes / 1024 / 1024} MB; Connector API requests are far smaller.");
            return false;
        }
        var started = clock.GetUtcNow();
        var timer = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target) { Content = new ByteArrayContent(body) };
        ProxyHeaders.CopyToUpstream(context.Request.Headers, request);

        int status;
        long responseBytes = 0;
        string? requestId = null;
        TimeSpan? retryAfter = null;
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            status = (int)response.StatusCode;
            context.Response.StatusCode = status;
            ProxyHeaders.CopyToClient(response, context.Response);
            requestId = response.Headers.TryGetValues("Request-Id", out var ids) ? ids.FirstOrDefault() : null;
            retryAfter = RetryAfter.Parse(response.Headers.TryGetValues("Retry-After", out var waits) ? waits.FirstOrDefault() : null, started);
            await using var content = await response.Content.ReadAsStreamAsync(context.RequestAborted);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await content.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
                responseBytes += read;
            }
            // The integration has its whole answer before the call is recorded.
            await context.Response.CompleteAsync();
        }
        catch (HttpRequestException ex) when (ex.InnerException is OutboundRefusedException)
        {
            // Checked when the address was saved, and again here on the address the name resolves to now.
            status = StatusCodes.Status502BadGateway;
            await ErrorAsync(context, status, $"The proxy does not forward to {recording.Mews}: that upstream address is not allowed. {ex.InnerException?.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            status = ex is TaskCanceledException ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
            if (!context.Response.HasStarted)
                await ErrorAsync(context, status, $"The dashboard could not reach Mews at {recording.Mews}: {(ex is TaskCanceledException ? "no answer in time" : ex.Message)}.");
        }
        timer.Stop();

        var text = TextCut.Shorten(Encoding.UTF8.GetString(body), KeptBodyChars);
        var (redacted, hash) = TokenRedaction.Redact(text);
        var call = new ConnectorCall(index, started, context.Request.Method.ToUpperInvariant(), TokenRedaction.RedactUrl(target.ToString()), target.AbsolutePath, status,
            timer.Elapsed.TotalMilliseconds, redacted, hash, requestId, retryAfter, context.Request.ContentType);
        recording.Forwarded(started, status);
        // The answer is already with the integration; waiting here only holds this request's task, never its reply.
        await recorder.RecordAsync(new RecordedCall(recording, call, body.Length, responseBytes), CancellationToken.None);
        return true;
    }

    /// <summary>The Mews address with the path after the proxy key; null if the path would leave that host (e.g. //other.host/…).</summary>
    public static Uri? Target(Uri mews, string? path, QueryString query)
    {
        var relative = (path ?? "").TrimStart('/');
        if (!Uri.TryCreate(mews.GetLeftPart(UriPartial.Authority) + "/" + relative + query, UriKind.Absolute, out var target))
            return null;
        return target.Scheme == mews.Scheme && string.Equals(target.Authority, mews.Authority, StringComparison.OrdinalIgnoreCase) ? target : null;
    }

    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellation)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellation)) > 0)
        {
            if (copy.Length + read > MaxBodyBytes)
                return null;
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { Message = message });
    }
}
