using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

public sealed class PropertyProfileExtentTests
{
    [Fact]
    public void No_extent_asks_for_nothing_extra() =>
        Assert.Equal(new PropertyProfileExtent(false, false, false, false, false), PropertyProfileExtent.Read(null).Value);

    [Fact]
    public void The_flags_given_are_read() =>
        Assert.Equal(new PropertyProfileExtent(false, false, true, false, true),
            PropertyProfileExtent.Read(JsonNode.Parse("{\"includeProducts\": true, \"includeAgeCategories\": true}")).Value);

    [Theory]
    [InlineData("[]", "\"extent\" must be an object of boolean flags.")]
    [InlineData("{\"includeProducts\": \"yes\"}", "\"extent.includeProducts\" must be true or false.")]
    public void A_flag_that_is_not_a_boolean_is_refused_with_its_name(string extent, string problem)
    {
        var read = PropertyProfileExtent.Read(JsonNode.Parse(extent));

        Assert.False(read.Succeeded);
        Assert.Equal(problem, read.Message);
    }
}
