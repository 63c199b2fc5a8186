using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

public sealed class SecretScrubberTests
{
    private const string Token = "C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43";
    private static readonly SecretScrubber Scrubber = new([new Secret(Token), new Secret("short")]);

    [Theory]
    [InlineData(Token)]
    [InlineData("c90c8ad540ef50c0588cb8661d3d1068-7eed72dbfb9bb9c2a5c0a3c04313b43")]
    [InlineData(@"\u0043\u0039\u0030\u0043" + "8AD540EF50C0588CB8661D3D1068\\u002d7EED72DBFB9BB9C2A5C0A3C04313B43")]
    [InlineData(@"\u0063\u0039" + "0C8AD540EF50C0588CB8661D3D1068%2D7EED72DBFB9BB9C2A5C0A3C04313B%343")]
    [InlineData("%43%39%30%43%38%41%44%35%34%30%45%46%35%30%43%30%35%38%38%43%42%38%36%36%31%44%33%44%31%30%36%38%2d%37%45%45%44%37%32%44%42%46%42%39%42%42%39%43%32%41%35%43%30%41%33%43%30%34%33%31%33%42%34%33")]
    public void A_token_is_masked_in_any_case_and_with_any_characters_escaped(string quoted) =>
        Assert.Equal("Connection C90C…B43 is unknown.", Scrubber.Scrub($"Connection {quoted} is unknown."));

    [Fact]
    public void Short_secrets_and_text_that_only_resembles_a_token_are_left_alone()
    {
        const string text = "A short answer: C90C8AD540EF50C0588CB8661D3D1068 is only half of it.";

        Assert.Equal(text, Scrubber.Scrub(text));
    }
}
