using ChannelManagerDashboard.Features.Accounts;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/projects/3/play-mews?connection=2", "/projects/3/play-mews?connection=2")]
    [InlineData("https://attacker.example/", "/")]
    [InlineData("//attacker.example/", "/")]
    [InlineData("/\\attacker.example/", "/")]
    [InlineData("/account/login?ReturnUrl=/x", "/")]
    [InlineData(null, "/")]
    public void Only_a_path_on_this_site_is_followed_after_sign_in(string? given, string expected) => Assert.Equal(expected, ReturnUrl.Safe(given));

    /// <summary>Escaped as in C# (\\uD800), since attribute strings are stored as UTF-8, which has no lone surrogate.</summary>
    [Theory]
    [InlineData("/projects/%C3%A4", "/projects/%C3%A4")]
    [InlineData("/projects/3/activity?kind=Mapping&who=a%40b.c", "/projects/3/activity?kind=Mapping&who=a%40b.c")]
    [InlineData("/projects/ä", "/")]
    [InlineData("/projects/\uD800", "/")]
    [InlineData("/projects/%E4", "/")]
    [InlineData("/projects/%ED%A0%80", "/")]
    [InlineData("/projects/%ZZ", "/")]
    [InlineData("/projects/%C", "/")]
    [InlineData("/projects/%", "/")]
    [InlineData("/projects/%0D%0ASet-Cookie:%20x=y", "/")]
    [InlineData("/projects\r\nSet-Cookie: x=y", "/")]
    [InlineData("/projects/\u0007", "/")]
    [InlineData("/projects\\attacker.example", "/")]
    [InlineData("/ projects", "/")]
    public void A_return_address_that_is_not_plain_ascii_with_whole_utf8_escapes_leads_home(string given, string expected) =>
        Assert.Equal(expected, ReturnUrl.Safe(System.Text.RegularExpressions.Regex.Unescape(given)));
}
