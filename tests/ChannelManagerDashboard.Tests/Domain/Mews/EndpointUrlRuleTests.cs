using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

public class EndpointUrlRuleTests
{
    [Theory]
    [InlineData("https://cm.example.com/mews/updatePrices")]
    [InlineData("https://cm.example.com:8443/x")]
    [InlineData("http://localhost:5080/reference-cm/updatePrices")]
    [InlineData("http://127.0.0.1:9000/updateAvailability")]
    [InlineData("http://[::1]:9000/updateAvailability")]
    public void Accepts_https_and_loopback_http(string url) => Assert.Null(EndpointUrlRule.Check(url, required: true));

    [Theory]
    [InlineData("http://cm.example.com/updatePrices", "HTTPS only")]
    [InlineData("http://192.168.1.10/updatePrices", "HTTPS only")]
    [InlineData("cm.example.com/updatePrices", "not an absolute URL")]
    [InlineData("/updatePrices", "not an absolute URL")]
    [InlineData("https:/broken", "not an absolute URL")]
    [InlineData("ftp://cm.example.com/updatePrices", "use an https:// URL")]
    [InlineData("", "Enter the URL")]
    public void Rejects_what_Mews_cannot_call_with_a_fix(string url, string expected) =>
        Assert.Contains(expected, EndpointUrlRule.Check(url, required: true));

    [Fact]
    public void An_empty_optional_url_is_fine() => Assert.Null(EndpointUrlRule.Check("  ", required: false));

    [Fact]
    public void Plain_http_names_the_https_form_to_use() =>
        Assert.Contains("https://cm.example.com/mews/updatePrices", EndpointUrlRule.Check("http://cm.example.com/mews/updatePrices", true));
}
