using System.Net;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Hosting.Outbound;

public sealed class OutboundNetworkRuleTests
{
    private const string NetworksSetting = "PlayMews:AllowedNetworks";
    private const string LoopbackSetting = "set PlayMews:AllowLoopback to true";

    /// <summary>The rule with default settings on a machine with no interface addresses of its own, so every row is judged by its range alone.</summary>
    private static OutboundNetworkRule Rule(bool allowLoopback = false, params IPAddress[] own) =>
        new(allowLoopback, [], new HostAddresses(FixedClock.At2026(), () => own));

    /// <summary>Every range of the IANA special-purpose registries, one address each; an embedded IPv4 address is judged as itself.</summary>
    [Theory]
    [InlineData("0.1.2.3", "an unspecified address")]
    [InlineData("10.1.2.3", "a private network address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("172.20.0.5", "a private network address")]
    [InlineData("192.0.0.9", "an IETF protocol-assignment address")]
    [InlineData("192.0.2.1", "a documentation address")]
    [InlineData("192.31.196.1", "an AS112 (reverse-DNS sink) address")]
    [InlineData("192.52.193.1", "an AMT (multicast tunnel) address")]
    [InlineData("192.88.99.1", "a 6to4 relay anycast address")]
    [InlineData("192.168.1.1", "a private network address")]
    [InlineData("192.175.48.1", "an AS112 (reverse-DNS sink) address")]
    [InlineData("198.19.255.1", "a benchmarking address")]
    [InlineData("198.51.100.7", "a documentation address")]
    [InlineData("203.0.113.7", "a documentation address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("240.0.0.1", "a reserved address")]
    [InlineData("255.255.255.255", "the broadcast address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::ffff:10.0.0.1", "a private network address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::169.254.169.254", "a link-local address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local address")]
    [InlineData("64:ff9b:1::a00:1", "a local-use NAT64 address")]
    [InlineData("100::1", "a discard-only address")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "a Teredo tunnel address")]
    [InlineData("2001:2::1", "an IETF protocol-assignment address")]
    [InlineData("2001:1ff::1", "an IETF protocol-assignment address")]
    [InlineData("2001:10::1", "an ORCHID identifier")]
    [InlineData("2001:20::1", "an ORCHID identifier")]
    [InlineData("2001:db8::1", "a documentation address")]
    [InlineData("3fff::1", "a documentation address")]
    [InlineData("2002:c0a8:101::1", "a private network address")]
    [InlineData("2002:7f00:1::1", "a loopback address")]
    [InlineData("fd12:3456::1", "a private network address")]
    [InlineData("fc00::1", "a private network address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fec0::1", "a private network address")]
    [InlineData("ff02::1", "a multicast address")]
    public void A_special_purpose_address_is_refused_with_what_it_is_and_the_setting_that_allows_it(string address, string kind)
    {
        var refusal = Rule().Refusal(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains($"does not connect to {IPAddress.Parse(address)}: it is {kind}", refusal);
        Assert.Contains(kind.StartsWith("a loopback", StringComparison.Ordinal) ? LoopbackSetting : NetworksSetting, refusal);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700::1111")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.0.3.1")]
    [InlineData("198.20.0.1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("::8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:200::1")]
    public void Internet_addresses_are_allowed_in_every_spelling(string address) =>
        Assert.Null(Rule().Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://0x7f.1", "127.0.0.1", "a loopback address")]
    [InlineData("https://2130706433", "127.0.0.1", "a loopback address")]
    [InlineData("https://017700000001", "127.0.0.1", "a loopback address")]
    [InlineData("https://0177.0.0.1:8443/", "127.0.0.1", "a loopback address")]
    [InlineData("https://127.1", "127.0.0.1", "a loopback address")]
    [InlineData("https://0xa9.0xfe.0xa9.0xfe", "169.254.169.254", "a link-local address")]
    [InlineData("https://0300.0250.0.1", "192.168.0.1", "a private network address")]
    [InlineData("https://[::ffff:a9fe:a9fe]", "::ffff:169.254.169.254", "a link-local address")]
    [InlineData("https://[fd00::1]", "fd00::1", "a private network address")]
    [InlineData("https://localhost:5080", "", "a loopback address")]
    public async Task An_address_typed_in_an_odd_spelling_is_judged_as_the_address_it_means(string url, string means, string kind)
    {
        var refusal = await Rule().RefusalAsync(new Uri(url));

        Assert.NotNull(refusal);
        Assert.Contains($"does not connect to {means}", refusal);
        Assert.Contains($": it is {kind}", refusal);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_left_to_connect_time_and_a_public_address_passes_at_once()
    {
        Assert.Null(await Rule().RefusalAsync(new Uri("https://no-such-host.invalid")));
        Assert.Null(await Rule().RefusalAsync(new Uri("https://8.8.8.8")));
    }

    [Fact]
    public void Loopback_is_refused_by_default_except_for_the_apps_own_endpoints_and_the_setting_allows_it()
    {
        Assert.Contains("it is a loopback address", Rule().Refusal(IPAddress.Loopback));
        Assert.Contains(LoopbackSetting, Rule().Refusal(IPAddress.IPv6Loopback));
        Assert.Contains(LoopbackSetting, OutboundNetworkRule.Default.Refusal(IPAddress.Loopback));
        Assert.Null(Rule().Refusal(IPAddress.Loopback, ownEndpoint: true));
        Assert.Null(Rule(allowLoopback: true).Refusal(IPAddress.Loopback));
        Assert.Null(new OutboundNetworkRule(allowLoopback: false, [IPNetwork.Parse("127.0.0.0/8")]).Refusal(IPAddress.Loopback));
        // Only loopback: a private address stays refused for the app's own endpoints too.
        Assert.NotNull(Rule().Refusal(IPAddress.Parse("10.0.0.1"), ownEndpoint: true));
    }

    [Fact]
    public void The_machines_own_interface_addresses_count_as_loopback()
    {
        var own = IPAddress.Parse("8.8.4.4");
        var rule = Rule(allowLoopback: false, own, IPAddress.Parse("fe80::1%2"));

        Assert.Contains("does not connect to 8.8.4.4: it is one of this machine's own addresses", rule.Refusal(own));
        Assert.Contains(LoopbackSetting, rule.Refusal(IPAddress.Parse("::ffff:8.8.4.4")));
        Assert.Contains("one of this machine's own addresses", rule.Refusal(IPAddress.Parse("fe80::1%3")));
        Assert.Null(rule.Refusal(own, ownEndpoint: true));
        Assert.Null(Rule(allowLoopback: true, own).Refusal(own));
        Assert.Null(rule.Refusal(IPAddress.Parse("8.8.8.8")));
    }

    [Fact]
    public void The_machines_addresses_are_read_again_after_the_refresh_and_not_before()
    {
        var clock = FixedClock.At2026();
        var (reads, current) = (0, new[] { IPAddress.Parse("8.8.4.4") });
        var host = new HostAddresses(clock, () =>
        {
            reads++;
            return current;
        });

        Assert.True(host.Contains(IPAddress.Parse("8.8.4.4")));
        current = [IPAddress.Parse("1.1.1.1")];
        clock.Now += HostAddresses.Refresh - TimeSpan.FromSeconds(1);
        Assert.True(host.Contains(IPAddress.Parse("8.8.4.4")));
        Assert.Equal(1, reads);
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.True(host.Contains(IPAddress.Parse("1.1.1.1")));
        Assert.False(host.Contains(IPAddress.Parse("8.8.4.4")));
        Assert.Equal(2, reads);
    }

    [Fact]
    public void The_shared_list_holds_this_machines_loopback_interface() =>
        Assert.Contains(IPAddress.Loopback, HostAddresses.ReadInterfaces());

    [Fact]
    public void An_allowed_network_opens_exactly_that_network_in_either_spelling()
    {
        var rule = new OutboundNetworkRule(allowLoopback: true, [IPNetwork.Parse("10.20.0.0/16"), IPNetwork.Parse("fd00:1::/32")]);

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
        Assert.Equal(readable, new OutboundNetworkOptions { AllowedNetworks = [text] }.Validate().Succeeded);

    [Fact]
    public void A_network_written_with_host_bits_reads_as_its_prefix_says_as_it_always_has()
    {
        var rule = new OutboundNetworkOptions { AllowedNetworks = ["10.1.0.0/8", "fd00:1::5/16"] }.Rule();

        Assert.Null(rule.Refusal(IPAddress.Parse("10.200.0.1")));
        Assert.Null(rule.Refusal(IPAddress.Parse("fd00:9::1")));
        Assert.NotNull(rule.Refusal(IPAddress.Parse("172.16.0.1")));
        Assert.NotNull(rule.Refusal(IPAddress.Parse("fd01::1")));
    }

    [Fact]
    public void An_unreadable_allowed_network_is_named_in_the_settings_problem()
    {
        var options = new OutboundNetworkOptions { AllowedNetworks = ["10.0.0.0/8", "intranet"] };

        Assert.Equal("AllowedNetworks: 'intranet' is not a network in CIDR notation, such as 10.20.0.0/16 or fd00::/8.", options.Validate().Message);
        Assert.True(new OutboundNetworkOptions { AllowedNetworks = ["10.0.0.0/8"] }.Validate().Succeeded);
        Assert.False(new OutboundNetworkOptions().AllowLoopback);
    }
}
