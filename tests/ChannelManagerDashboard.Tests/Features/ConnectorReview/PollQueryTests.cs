using System.Text.Json;
using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class PollQueryTests
{
    [Fact]
    public void A_query_is_one_whatever_order_its_properties_come_in_even_with_names_past_the_basic_plane()
    {
        // U+FF21 sorts before U+1F600 by UTF-8 bytes, after it by UTF-16 code units.
        using var sorted = JsonDocument.Parse("{\"\uFF21\":1,\"\U0001F600\":2}");
        using var reversed = JsonDocument.Parse("{\"\U0001F600\":2,\"\uFF21\":1}");

        Assert.Equal(PollQuery.Key("rates/getAll", sorted.RootElement), PollQuery.Key("rates/getAll", reversed.RootElement));
        Assert.Equal(PollQuery.Label("rates/getAll", sorted.RootElement), PollQuery.Label("rates/getAll", reversed.RootElement));
    }
}
