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
}
