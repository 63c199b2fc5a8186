using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ChannelManagerDashboard.Hosting.Outbound;
using Flurl.Http;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Posts a push to a channel manager endpoint the way Mews does, through Flurl over <see cref="CmSafetyHandler"/>, and
/// never lets a bad endpoint hurt the caller: whatever goes wrong becomes an answer with the reason in plain words.
/// </summary>
public sealed class CmRequestSender(HttpClient http, CmRequestGate? gate = null)
{
    private readonly CmRequestGate gate = gate ?? CmRequestGate.Unbounded();

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly FlurlClient flurl = new FlurlClient(http).WithSettings(settings =>
    {
        // The status is judged by the harness, and redirects are the safety handler's to decide.
        settings.AllowedHttpStatusRange = "*";
        settings.Redirects.Enabled = false;
    });

    /// <summary>
    /// The socket handler under the safety rules, connecting only where <paramref name="rule"/> allows (and, when
    /// <paramref name="own"/> is given, to this app's own endpoints). It sets no connection cap: the gate bounds
    /// requests before they are timed, so waiting for a slot never counts as latency.
    /// </summary>
    public static HttpMessageHandler CreateHandler(OutboundNetworkRule rule, OwnEndpoints? own = null) =>
        own is null ? CreateSocketsHandler().Guard(rule) : OutboundConnections.Guarded(CreateSocketsHandler, rule, own);

    private static SocketsHttpHandler CreateSocketsHandler() => new()
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = DecompressionMethods.None,
    };

    /// <summary>What the certify command and the benchmark call with; the web app gets the same chain from its HttpClient factory.</summary>
    public static HttpClient CreateHttpClient(OutboundNetworkRule rule) => new(new CmSafetyHandler { InnerHandler = CreateHandler(rule) });

    public async Task<CmAnswer> PostAsync(Uri url, byte[] body, RequestLimits limits, CancellationToken cancellation)
    {
        using var slot = await gate.EnterAsync(cancellation);
        var clock = Stopwatch.StartNew();
        var content = new ByteArrayContent(body) { Headers = { ContentType = Json } };
        var progress = new ConnectProgress();
        try
        {
            using var response = await flurl.Request(url).WithTimeout(limits.Timeout)
                .BeforeCall(call =>
                {
                    call.HttpRequestMessage.Options.Set(CmSafetyHandler.MaxResponseBytes, limits.MaxResponseBytes);
                    call.HttpRequestMessage.Options.Set(ConnectProgress.Key, progress);
                })
                .SendAsync(HttpMethod.Post, content, HttpCompletionOption.ResponseContentRead, cancellation);
            var message = response.ResponseMessage;
            var tooLarge = message.RequestMessage?.Options.TryGetValue(CmSafetyHandler.ResponseTooLarge, out var cut) == true && cut;
            return new CmAnswer(response.StatusCode, message.ReasonPhrase ?? "", message.Content.Headers.ContentType?.ToString() ?? "",
                await response.GetBytesAsync(), tooLarge, clock.Elapsed, null);
        }
        catch (FlurlHttpException) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
        catch (FlurlHttpTimeoutException) when (progress.StuckConnecting)
        {
            return CmAnswer.Failed(Unreachable(url), clock.Elapsed);
        }
        catch (FlurlHttpTimeoutException)
        {
            // A slow endpoint is not necessarily a dead one: say what Mews would do, not that it hung.
            return CmAnswer.Failed($"No answer within {limits.Timeout.TotalSeconds:0.#} s (it may still be processing; Mews would send it again). "
                + "Answer within seconds and process the push afterwards (asyncConfirmation true).", clock.Elapsed);
        }
        catch (FlurlHttpException ex)
        {
            return CmAnswer.Failed(Describe(ex.InnerException, url), clock.Elapsed);
        }
    }

    /// <summary>
    /// One sentence for every way a connection does not get through, refused, timed out or unreachable: telling a
    /// closed port from a filtered one would let whoever types the URL map which ports of a network are open.
    /// </summary>
    public static string Unreachable(Uri url) =>
        $"Could not connect to {url.Host}:{url.Port.ToString(CultureInfo.InvariantCulture)}: nothing answered, or the connection was refused or filtered. "
        + "Check the address and that the service is running and reachable from the dashboard.";

    private static string Describe(Exception? failure, Uri url) => failure switch
    {
        CmRequestRefusedException refused => refused.Message,
        HttpRequestException { InnerException: OutboundRefusedException refused } => refused.Message,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } } =>
            "The host name could not be resolved. Check the spelling of the URL.",
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.TimedOut
            or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.NetworkDown } } => Unreachable(url),
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionReset } or IOException } =>
            "The endpoint closed the connection without answering. Check the endpoint's logs for a crash.",
        HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException tls } =>
            $"The TLS handshake failed ({tls.Message}). Mews requires a valid certificate and TLS 1.2 or newer.",
        HttpRequestException request => $"The request could not be sent: {request.Message}",
        IOException io => $"The connection broke while the answer was read ({io.Message}). Check that the endpoint answers with a complete HTTP response.",
        _ => $"The request could not be sent: {failure?.Message}",
    };
}
