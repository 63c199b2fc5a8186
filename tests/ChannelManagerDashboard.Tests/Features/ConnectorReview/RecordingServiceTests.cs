using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class RecordingServiceTests : ConnectorTest
{
    [Fact]
    public async Task A_recording_does_not_start_when_the_rule_no_longer_allows_the_saved_address()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        Assert.True((await Connector.Journey.SaveJourneyAsync(id, new JourneyInput { MewsAddress = "http://127.0.0.1:9" }, "Jana")).Succeeded);

        var refused = await ConnectorServices.On(Database, Clock, outbound: OutboundNetworkRule.Default).Recordings.StartAsync(id, "Jana");

        Assert.False(refused.Succeeded);
        Assert.Contains("it is a loopback address", refused.Errors[nameof(JourneyInput.MewsAddress)]);
        Assert.True((await Connector.Recordings.StartAsync(id, "Jana")).Succeeded);
    }
}
