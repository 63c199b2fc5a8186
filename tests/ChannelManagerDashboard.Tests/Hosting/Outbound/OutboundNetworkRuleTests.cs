using System.Net;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Tests.Hosting.Outbound;

public sealed class OutboundNetworkRuleTests
{
    [Theory]
    [InlineData("10.1.2.3", "a private network address")]
    [InlineData("172.20.0.5", "a private network address")]
    [InlineData("192.168.1.1", "a private network address")]
    [InlineData("fd12:3456::1", "a private network address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("::ffff:10.0.0.1", "a private network address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local address")]
    public void An_address_inside_a_network_is_refused_with_what_it_is_and_the_setting_that_allows_it(string address, string kind)
    {
        var refusal = OutboundNetworkRule.Default.Refusal(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains($"does not connect to {IPAddress.Parse(address)}: it is {kind}", refusal);
        Assert.Contains("PlayMews:AllowedNetworks", refusal);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700::1111")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Internet_addresses_and_by_default_loopback_are_allowed(string address) =>
        Assert.Null(OutboundNetworkRule.Default.Refusal(IPAddress.Parse(address)));

    [Fact]
    public void Loopback_can_be_refused_and_the_message_names_the_switch()
    {
        var rule = new OutboundNetworkRule(allowLoopback: false, []);

        Assert.Contains("it is a loopback address", rule.Refusal(IPAddress.Loopback));
        Assert.Contains("set PlayMews:AllowLoopback to true", rule.Refusal(IPAddress.IPv6Loopback));
        Assert.Null(new OutboundNetworkRule(allowLoopback: false, [NetworkRange.Parse("127.0.0.0/8")]).Refusal(IPAddress.Loopback));
    }

    [Fact]
    public void An_allowed_network_opens_exactly_that_network_in_either_spelling()
    {
        var rule = new OutboundNetworkRule(allowLoopback: true, [NetworkRange.Parse("10.20.0.0/16"), NetworkRange.Parse("fd00:1::/32")]);

        Assert.Null(rule.Refusal(IPAddress.Parse("10.20.3.4")));
        Assert.Null(rule.Refusal(IPAddress.Parse("::ffff:10.20.3.4")));
        Assert.Null(rule.Refusal(IPAddress.Parse("fd00:1:ffff::9")));
        Assert.NotNull(rule.Refusal(IPAddress.Parse("10.21.0.1")));
        Assert.NotNull(rule.Refusal(IPAddress.Parse("fd00:2::9")));
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData(" 172.16.0.0/12 ", true)]
    [InlineData("fe80::/10", true)]
    [InlineData("10.0.0.0", false)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("fe80::/129", false)]
    [InlineData("intranet/8", false)]
    [InlineData("10.0.0.0/-1", false)]
    public void Networks_are_read_in_CIDR_notation(string text, bool readable) =>
        Assert.Equal(readable, NetworkRange.TryParse(text) is not null);

    [Fact]
    public void An_unreadable_allowed_network_is_named_in_the_settings_problem()
    {
        var options = new OutboundNetworkOptions { AllowedNetworks = ["10.0.0.0/8", "intranet"] };

        Assert.Equal("AllowedNetworks: 'intranet' is not a network in CIDR notation, such as 10.20.0.0/16 or fd00::/8.", options.Problem());
        Assert.Null(new OutboundNetworkOptions { AllowedNetworks = ["10.0.0.0/8"] }.Problem());
    }
}
