using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class DeprecationCheckTests
{
    [Fact]
    public void S9_warns_about_a_property_the_deprecations_page_names()
    {
        var result = Review(new DeprecationCheck(Catalog), Request(0, "services/getAll", TimeSpan.Zero, body: With("\"Extent\":{\"Services\":true},\"Limitation\":{\"Count\":10}")));

        Assert.True(result.Passed);
        Assert.StartsWith("Warning: 1 call: services/getAll: Extent is deprecated (Mews' deprecations page); drop it. Mews answered: 200 ×1.", Assert.Single(result.Findings).Message);
    }
}
