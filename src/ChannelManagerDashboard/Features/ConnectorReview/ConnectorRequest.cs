namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>One request of a Connector API run, as the review reads it: tokens and card data already redacted.</summary>
/// <param name="Index">Its position in the run (0-based), by which findings name it.</param>
/// <param name="Path">The URL's path, e.g. /api/connector/v1/reservations/getAll/2023-06-06.</param>
/// <param name="RequestBody">The body as <see cref="TokenRedaction"/> left it: tokens and security codes "[redacted]", card numbers cut to their last four digits.</param>
/// <param name="AccessTokenHash">A short one-way hash of the AccessToken, so requests can be counted per token; null when none was sent.</param>
/// <param name="RetryAfter">The Retry-After a 429 carried; null when there was none.</param>
public sealed record ConnectorRequest(
    int Index,
    DateTimeOffset TimeUtc,
    string Method,
    string Url,
    string Path,
    int Status,
    double DurationMs,
    string RequestBody,
    string? AccessTokenHash,
    string? RequestId,
    TimeSpan? RetryAfter,
    string? ContentType);

/// <summary>A line of an imported log that is not a request, with its number and what is wrong with it.</summary>
public sealed record BadLine(int Line, string Problem)
{
    /// <summary>"Line 12: …", or "The file: …" for a problem with the whole file (line 0).</summary>
    public string Describe() => Line > 0 ? $"Line {Line}: {Problem}" : $"The file: {Problem}";
}
