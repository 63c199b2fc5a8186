using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

public sealed class SignInThrottleTests
{
    private const string Owner = "owner@example.com";
    private static readonly IPAddress Guesser = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress OwnersOffice = IPAddress.Parse("198.51.100.20");

    private readonly FixedClock clock = FixedClock.At2026();
    private readonly SignInThrottle throttle;

    public SignInThrottleTests() => throttle = new SignInThrottle(clock);

    [Fact]
    public void Wrong_tries_from_one_address_hold_back_that_address_for_that_account_and_no_one_else()
    {
        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress - 1; i++)
            throttle.Failed(Guesser, Owner);
        Assert.False(throttle.IsHeldBack(Guesser, Owner));

        throttle.Failed(Guesser, " OWNER@example.com");

        Assert.True(throttle.IsHeldBack(Guesser, Owner));
        Assert.False(throttle.IsHeldBack(OwnersOffice, Owner));
        Assert.False(throttle.IsHeldBack(Guesser, "member@example.com"));
    }

    [Fact]
    public void The_hold_lifts_once_the_oldest_wrong_try_is_a_window_old()
    {
        throttle.Failed(Guesser, Owner);
        clock.Now += TimeSpan.FromMinutes(5);
        for (var i = 1; i < SignInThrottle.PerAccountFromOneAddress; i++)
            throttle.Failed(Guesser, Owner);

        clock.Now += SignInThrottle.Window - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1);
        Assert.True(throttle.IsHeldBack(Guesser, Owner));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.False(throttle.IsHeldBack(Guesser, Owner));
        // One more wrong try and the four younger ones hold it back again.
        throttle.Failed(Guesser, Owner);
        Assert.True(throttle.IsHeldBack(Guesser, Owner));
        clock.Now += TimeSpan.FromMinutes(5);
        Assert.False(throttle.IsHeldBack(Guesser, Owner));
    }

    [Fact]
    public void An_address_trying_many_emails_is_held_back_for_all_of_them()
    {
        for (var i = 0; i < SignInThrottle.PerAddress; i++)
            throttle.Failed(Guesser, $"guess{i}@example.com");

        Assert.True(throttle.IsHeldBack(Guesser, Owner));
        Assert.False(throttle.IsHeldBack(OwnersOffice, Owner));
        clock.Now += SignInThrottle.Window;
        Assert.False(throttle.IsHeldBack(Guesser, Owner));
    }

    [Fact]
    public void A_right_password_forgets_the_typos_before_it()
    {
        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress - 1; i++)
            throttle.Failed(OwnersOffice, Owner);

        throttle.Succeeded(OwnersOffice, Owner);
        throttle.Failed(OwnersOffice, Owner);

        Assert.False(throttle.IsHeldBack(OwnersOffice, Owner));
    }

    [Fact]
    public void The_addresses_of_one_ipv6_network_count_together_and_an_ipv4_mapped_address_as_ipv4()
    {
        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress; i++)
            throttle.Failed(IPAddress.Parse($"2001:db8:1:2::{i + 1}"), Owner);
        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress; i++)
            throttle.Failed(Guesser.MapToIPv6(), Owner);

        Assert.True(throttle.IsHeldBack(IPAddress.Parse("2001:db8:1:2:ffff::9"), Owner));
        Assert.False(throttle.IsHeldBack(IPAddress.Parse("2001:db8:1:3::1"), Owner));
        Assert.True(throttle.IsHeldBack(Guesser, Owner));
    }

    [Fact]
    public void Past_the_most_it_remembers_a_new_address_goes_uncounted_until_old_ones_leave_the_window()
    {
        // Each address with one wrong try is two entries: the address, and the address with the account.
        for (var i = 0; i < SignInThrottle.MaxTracked / 2; i++)
            throttle.Failed(new IPAddress(0x0A000000 + i), Owner);
        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress; i++)
            throttle.Failed(Guesser, Owner);
        Assert.False(throttle.IsHeldBack(Guesser, Owner));

        clock.Now += SignInThrottle.Window;
        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress; i++)
            throttle.Failed(Guesser, Owner);

        Assert.True(throttle.IsHeldBack(Guesser, Owner));
    }
}
