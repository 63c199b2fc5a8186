using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class LiveWaitTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(65, "1:05")]
    [InlineData(3723, "1:02:03")]
    public void Elapsed_time_shows_hours_only_once_there_are_any(int seconds, string shown) =>
        Assert.Equal(shown, LiveWait.Format(TimeSpan.FromSeconds(seconds)));
}
