using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class RateCheckTests
{
    [Fact]
    public void S4_holds_every_operation_on_the_token_back_until_the_Retry_After_ran_out()
    {
        var result = Review(new RateCheck(), Request(0, "rates/getAll", TimeSpan.Zero, 429, retryAfter: TimeSpan.FromSeconds(10)), Request(1, "services/getAll", TimeSpan.FromSeconds(2)));
        Assert.False(result.Passed);
    }
}
