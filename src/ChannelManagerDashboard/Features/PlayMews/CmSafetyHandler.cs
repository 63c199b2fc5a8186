using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// The rules every call to a URL someone typed obeys, below Flurl so no caller can skip them: https only (http only on
/// loopback), no redirect to another host or one that turns the POST into a GET, and no more of the answer read than
/// the caller allows, however long the body says it is or however long it streams.
/// </summary>
public sealed class CmSafetyHandler : DelegatingHandler
{
    public const int MaxRedirects = 3;

    /// <summary>How much of the answer to read; the request carries it so one handler serves every run's limits.</summary>
    public static readonly HttpRequestOptionsKey<int> MaxResponseBytes = new("cmd.maxResponseBytes");

    /// <summary>Set on the request when the answer was longer than <see cref="MaxResponseBytes"/> and was cut there.</summary>
    public static readonly HttpRequestOptionsKey<bool> ResponseTooLarge = new("cmd.responseTooLarge");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri!;
        if (EndpointUrlRule.Check(target.ToString(), required: true) is { } refused)
            throw new CmRequestRefusedException(refused);
        for (var hop = 0; ; hop++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is < 300 or >= 400 || response.Headers.Location is not { } location)
                return await CappedAsync(request, response, cancellationToken);
            var next = location.IsAbsoluteUri ? location : new Uri(target, location);
            response.Dispose();
            if (RedirectRefusal(target, next, status, hop) is { } refusal)
                throw new CmRequestRefusedException(refusal);
            request.RequestUri = target = next;
        }
    }

    private static async Task<HttpResponseMessage> CappedAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellation)
    {
        var cap = request.Options.TryGetValue(MaxResponseBytes, out var limit) ? limit : int.MaxValue - 1;
        var headers = response.Content.Headers;
        byte[] kept;
        if (headers.ContentLength > cap)
        {
            request.Options.Set(ResponseTooLarge, true);
            kept = [];
        }
        else
        {
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
            if (read > cap)
                request.Options.Set(ResponseTooLarge, true);
            kept = buffer[..Math.Min(read, cap)];
        }
        var content = new ByteArrayContent(kept);
        if (headers.ContentType is { } type)
            content.Headers.ContentType = type;
        response.Content = content;
        return response;
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
}

/// <summary>A request the safety rules stopped, with the reason in the words the verdict shows.</summary>
/// <remarks>
/// An exception, not a Result: a <see cref="DelegatingHandler"/> can only answer with a response or throw, and a made-up
/// response would look like the endpoint's own answer to any caller that forgot to check. It crosses Flurl and
/// HttpClient and becomes text at one place, <see cref="CmRequestSender"/>.
/// </remarks>
public sealed class CmRequestRefusedException(string reason) : Exception(reason);
