using System.Globalization;
using System.Net.Http.Headers;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A Retry-After header as RFC 9110 allows it: delay seconds, or an HTTP date (counted from the request's time).</summary>
public static class RetryAfter
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public static TimeSpan? Parse(string? value, DateTimeOffset sentAt)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (RetryConditionHeaderValue.TryParse(text, out var header))
            return header.Delta is { } delta ? Min(delta) : header.Date > sentAt ? header.Date - sentAt : TimeSpan.Zero;
        // Logs written by clients keep fractional or very large seconds, which the header's grammar does not allow.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds))
            : null;
    }

    private static TimeSpan Min(TimeSpan delta) => delta < Longest ? delta : Longest;
}
