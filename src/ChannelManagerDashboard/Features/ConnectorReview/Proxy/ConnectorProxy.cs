using System.Diagnostics;
using System.Net;
using System.Text;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Hosting.Outbound;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Forwarder;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>
/// The recording proxy: the integration points its Mews base address at <c>/connector-proxy/{key}</c>; each request's
/// body goes on unchanged through YARP's forwarder to the recording's Mews address with the headers an API client needs (<see cref="ProxyHeaders"/>),
/// through the outbound guard, its answer comes straight back, inert on the dashboard's origin, and the request is recorded
/// on the way (tokens and card data redacted, the AccessToken hashed).
/// </summary>
public static class ConnectorProxy
{
    public const string BasePath = "/connector-proxy";
    public const string ClientName = "ConnectorProxy";

    /// <summary>Connector API bodies are small; a larger one is refused rather than held in memory.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>What is kept of a body for the review; the request itself is forwarded whole.</summary>
    public const int KeptBodyChars = 64 * 1024;

    public static IEndpointRouteBuilder MapConnectorProxy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(BasePath + "/{key}/{**path}", ForwardAsync).DisableAntiforgery()
            // The integration calls it without a session; the unguessable key in the path is the recording's.
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task ForwardAsync(HttpContext context, string key, string? path, ProxyRecorder recorder, IHttpForwarder forwarder,
        [FromKeyedServices(ClientName)] HttpMessageInvoker client, TimeProvider clock)
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
            recorded = await SendAsync(context, new Upstream(recording, target, forwarder, client), index, recorder, clock);
        }
        finally
        {
            if (!recorded)
                recording.Abandon();
        }
    }

    /// <summary>Where one request goes and what carries it there.</summary>
    private sealed record Upstream(ProxyRecording Recording, Uri Target, IHttpForwarder Forwarder, HttpMessageInvoker Client);

    /// <returns>Whether the request was handed to the recorder; not when the body was refused or the integration went away.</returns>
    private static async Task<bool> SendAsync(HttpContext context, Upstream upstream, int index, ProxyRecorder recorder, TimeProvider clock)
    {
        var body = context.Request.ContentLength > MaxBodyBytes ? null : await ReadAsync(context.Request.Body, context.RequestAborted);
        if (body is null)
        {
            await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is over {MaxBodyBytes / 1024 / 1024} MB; Connector API requests are far smaller.");
            return false;
        }
        // The body was read whole to be recorded; it goes on from memory, with its exact length.
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.Headers.Remove(HeaderNames.TransferEncoding);
        context.Request.ContentLength = body.Length;
        var answer = new CountingStream(context.Response.Body);
        context.Response.Body = answer;

        var started = clock.GetUtcNow();
        var timer = Stopwatch.StartNew();
        var error = await upstream.Forwarder.SendAsync(context, upstream.Target.GetLeftPart(UriPartial.Authority), upstream.Client, Forwarding, new ProxyHeaders(upstream.Target));
        if (error != ForwarderError.None && context.RequestAborted.IsCancellationRequested)
            return false;
        if (error == ForwarderError.None)
            // The integration has its whole answer before the request is recorded.
            await context.Response.CompleteAsync();
        else if (!context.Response.HasStarted)
            await FailedAsync(context, upstream.Recording, error, context.GetForwarderErrorFeature()?.Exception);
        timer.Stop();

        var status = context.Response.StatusCode;
        var requestId = error == ForwarderError.None ? context.Response.Headers["Request-Id"].FirstOrDefault() : null;
        var retryAfter = error == ForwarderError.None ? RetryAfter.Parse(context.Response.Headers.RetryAfter.FirstOrDefault(), started) : null;
        var text = TextCut.Shorten(Encoding.UTF8.GetString(body), KeptBodyChars);
        var (redacted, hash) = TokenRedaction.Redact(text);
        var target = upstream.Target;
        var request = new ConnectorRequest(index, started, context.Request.Method.ToUpperInvariant(), TokenRedaction.RedactUrl(target.ToString()), target.AbsolutePath, status,
            timer.Elapsed.TotalMilliseconds, redacted, hash, requestId, retryAfter, context.Request.ContentType);
        upstream.Recording.Forwarded(started, status);
        // The answer is already with the integration; waiting here only holds this request's task, never its reply.
        await recorder.RecordAsync(new RecordedRequest(upstream.Recording, request, body.Length, error == ForwarderError.None ? answer.Written : 0), CancellationToken.None);
        return true;
    }

    /// <summary>Mews is asked over HTTP/1.1 as an API client would; past the timeout the proxy answers 504 itself.</summary>
    private static readonly ForwarderRequestConfig Forwarding = new()
    {
        ActivityTimeout = ConnectorReviewExtensions.ProxyTimeout, Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
    };

    /// <summary>The proxy's own answer when Mews gave none: why, and what to do.</summary>
    private static Task FailedAsync(HttpContext context, ProxyRecording recording, ForwarderError error, Exception? ex)
    {
        // Checked when the address was saved, and again here on the address the name resolves to now.
        if (ex?.InnerException is OutboundRefusedException refused)
            return ErrorAsync(context, StatusCodes.Status502BadGateway, $"The proxy does not forward to {recording.Mews}: that upstream address is not allowed. {refused.Message}");
        var timedOut = error == ForwarderError.RequestTimedOut;
        return ErrorAsync(context, timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway,
            $"The dashboard could not reach Mews at {recording.Mews}: {(timedOut ? "no answer in time" : ex?.Message)}.");
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
        // A failed forward clears the answer's headers; its error is sandboxed too.
        ProxyHeaders.MakeInert(context.Response);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { Message = message });
    }
}
