using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class RetryAfterTests
{
    [Fact]
    public void Retry_After_is_read_as_seconds_decimals_or_an_HTTP_date()
    {
        var sent = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.Parse("7", sent));
        Assert.Equal(TimeSpan.FromSeconds(1.5), RetryAfter.Parse("1.5", sent));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Parse("Sat, 28 Nov 2026 08:00:30 GMT", sent));
        Assert.Null(RetryAfter.Parse("soon", sent));
    }
}
