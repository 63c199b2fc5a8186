using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Posts a push to a channel manager endpoint the way Mews does, and never lets a bad endpoint hurt the caller: a
/// timeout, a size cap on what is read, and no redirect followed to another host or with a changed method.
/// </summary>
public sealed class CmCaller(HttpClient http)
{
    private const int MaxRedirects = 3;

    /// <summary>
    /// The primary handler: redirects are decided here, not by the handler. It sets no connection cap: each run bounds
    /// its own requests, and a shared cap would make one user's run wait for another's and count that as latency.
    /// </summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = DecompressionMethods.None,
    };

    public async Task<CmAnswer> PostAsync(Uri url, byte[] body, CallLimits limits, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limits.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            var target = url;
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(target, location);
                    if (RedirectRefusal(target, next, status, hop) is { } refusal)
                        return CmAnswer.Failed(refusal, clock.Elapsed);
                    target = next;
                    continue;
                }
                return await ReadAsync(response, limits.MaxResponseBytes, clock, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return CmAnswer.Failed($"No answer within {limits.Timeout.TotalSeconds:0.#} s: the endpoint hung. Mews gives up and sends the push again later; answer within seconds.", clock.Elapsed);
        }
        catch (HttpRequestException ex)
        {
            return CmAnswer.Failed(DescribeConnectionFailure(ex), clock.Elapsed);
        }
        catch (IOException ex)
        {
            return CmAnswer.Failed($"The connection broke while the answer was read ({ex.Message}). Check that the endpoint answers with a complete HTTP response.", clock.Elapsed);
        }
    }

    private static async Task<CmAnswer> ReadAsync(HttpResponseMessage response, int cap, Stopwatch clock, CancellationToken cancellation)
    {
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "";
        var status = (int)response.StatusCode;
        var reason = response.ReasonPhrase ?? "";
        if (response.Content.Headers.ContentLength > cap)
            return new CmAnswer(status, reason, contentType, [], true, clock.Elapsed, null);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
        var buffer = new byte[Math.Min(cap + 1, 4096)];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (buffer.Length > cap)
                    break;
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, cap + 1));
            }
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellation);
            if (n == 0)
                break;
            read += n;
        }
        var tooLarge = read > cap;
        return new CmAnswer(status, reason, contentType, buffer[..Math.Min(read, cap)], tooLarge, clock.Elapsed, null);
    }

    private static string? RedirectRefusal(Uri from, Uri to, int status, int hop)
    {
        if (hop >= MaxRedirects)
            return $"The endpoint redirected more than {MaxRedirects} times. Give Mews the final URL.";
        if (!string.Equals(from.Host, to.Host, StringComparison.OrdinalIgnoreCase) || from.Scheme != to.Scheme || from.Port != to.Port)
            return $"The endpoint answered HTTP {status}, a redirect to another host ({to.GetLeftPart(UriPartial.Path)}). The harness does not follow it and Mews may not either: give Mews the final URL.";
        if (status is not (307 or 308))
            return $"The endpoint answered HTTP {status}, a redirect that turns Mews' POST into a GET and drops the JSON. Give Mews the final URL ({to.GetLeftPart(UriPartial.Path)}).";
        return null;
    }

    private static string DescribeConnectionFailure(HttpRequestException ex) => ex.InnerException switch
    {
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } =>
            "The connection was refused: nothing listens at that address and port. Start the endpoint or correct the URL.",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } =>
            "The host name could not be resolved. Check the spelling of the URL.",
        SocketException { SocketErrorCode: SocketError.ConnectionReset } or IOException =>
            "The endpoint closed the connection without answering. Check the endpoint's logs for a crash.",
        System.Security.Authentication.AuthenticationException =>
            $"The TLS handshake failed ({ex.InnerException.Message}). Mews requires a valid certificate and TLS 1.2 or newer.",
        _ => $"The request could not be sent: {ex.Message}",
    };
}
