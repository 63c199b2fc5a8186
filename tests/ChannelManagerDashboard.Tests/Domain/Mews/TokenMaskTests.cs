using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

public sealed class TokenMaskTests
{
    [Theory]
    [InlineData("C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43", "C90C…B43")]
    [InlineData("  C90C8AD540EF50C0588CB8661D3D1068  ", "C90C…068")]
    [InlineData("short", "•••••")]
    [InlineData("", "")]
    public void Masks_keep_four_leading_and_three_trailing_characters(string token, string expected) =>
        Assert.Equal(expected, TokenMask.Mask(token));

    [Fact]
    public void Scrub_replaces_every_secret_with_its_mask() =>
        Assert.Equal("token C90C…B43 and B19F…F29 refused",
            TokenMask.Scrub("token C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43 and B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29 refused",
                ["C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43", "B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29"]));

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
