using System.Globalization;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A Retry-After header as RFC 9110 allows it: delay seconds, or an HTTP date (counted from the call's time).</summary>
public static class RetryAfter
{
    public static TimeSpan? Parse(string? value, DateTimeOffset sentAt)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds));
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date > sentAt ? date - sentAt : TimeSpan.Zero;
        return null;
    }
}
