using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain;

public sealed class TokenMaskTests
{
    [Theory]
    [InlineData("Keizersgracht Demo · CM connection - main (C90C…B43)", "Keizersgracht Demo · CM connection - main")]
    [InlineData("{\"clientToken\":\"B19F…F29\",\"connectionToken\":\"••••••\"}", "{\"clientToken\":\"hidden\",\"connectionToken\":\"hidden\"}")]
    [InlineData("Error 3: the token (C90C…B43) is unknown.", "Error 3: the token is unknown.")]
    [InlineData("Exclude… the dorm", "Exclude… the dorm")]
    public void A_viewer_sees_no_mask_of_a_token(string shown, string forViewers) => Assert.Equal(forViewers, TokenMask.HideMasks(shown));

    [Fact]
    public void Every_mask_the_dashboard_makes_is_hidden()
    {
        foreach (var token in new[] { "C90C2F47-B43", "short", "B19F4D0E-0A1B-4C2D-9E8F-AF29F29F29F2" })
            Assert.Equal("hidden", TokenMask.HideMasks(TokenMask.Mask(token)));
    }
}
