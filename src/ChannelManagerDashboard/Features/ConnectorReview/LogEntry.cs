using System.Globalization;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What one line (or HAR entry) of an imported log turned out to be: a request, or a bad line and why.</summary>
public sealed record LogEntry(ConnectorRequest? Request, BadLine? Bad)
{
    /// <summary>
    /// Builds a request from the columns every import format shares; a missing or unreadable one makes the line bad,
    /// with the column named and what a good value looks like.
    /// </summary>
    public static LogEntry From(int line, int index, string? timeUtc, string? method, string? url, string? status, string? durationMs, string? requestBody,
        string? requestId, string? retryAfter, string? contentType)
    {
        if (!DateTimeOffset.TryParse(timeUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return Rejected(line, $"timeUtc '{timeUtc}' is not a time; write it as ISO 8601, e.g. 2026-11-30T14:05:09Z.");
        if (string.IsNullOrWhiteSpace(method))
            return Rejected(line, "method is missing; write the HTTP method, e.g. POST.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return Rejected(line, $"url '{TokenRedaction.RedactUrl(url ?? "")}' is not an absolute URL, e.g. https://api.mews-demo.com/api/connector/v1/configuration/get.");
        if (!int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 599)
            return Rejected(line, $"status '{status}' is not an HTTP status code (100–599).");
        if (!double.TryParse(durationMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var duration) || duration < 0)
            return Rejected(line, $"durationMs '{durationMs}' is not a number of milliseconds.");
        var (body, hash) = TokenRedaction.Redact(requestBody ?? "");
        return new LogEntry(new ConnectorRequest(index, time, method.Trim().ToUpperInvariant(), TokenRedaction.RedactUrl(url!), uri.AbsolutePath, code, duration,
            body, hash, string.IsNullOrWhiteSpace(requestId) ? null : requestId.Trim(), RetryAfter.Parse(retryAfter, time),
            string.IsNullOrWhiteSpace(contentType) ? null : contentType.Trim()), null);
    }

    public static LogEntry Rejected(int line, string problem) => new(null, new BadLine(line, problem));
}
