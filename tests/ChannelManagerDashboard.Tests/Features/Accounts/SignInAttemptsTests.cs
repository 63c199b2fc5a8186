using System.Diagnostics;
using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The checks behind the sign-in pages, in process, over a real SQLite file and Identity's real password hasher.</summary>
public sealed class SignInAttemptsTests(ITestOutputHelper output) : ComponentTest
{
    private const string Email = "ana@example.com";
    private static readonly IPAddress From = IPAddress.Parse("198.51.100.20");

    [Fact]
    public async Task An_email_without_an_account_takes_as_long_to_refuse_as_a_wrong_password_for_a_real_one()
    {
        await AddAsync();
        // Each sign-in from its own address, so the throttle, which answers without checking, stays out of it.
        var address = 0;
        async Task<TimeSpan> TimeAsync(string email)
        {
            await using var scope = Services.CreateAsyncScope();
            var attempts = scope.ServiceProvider.GetRequiredService<SignInAttempts>();
            var watch = Stopwatch.StartNew();
            Assert.Equal(SignInOutcome.Wrong, await attempts.PasswordAsync(email, "not the password", new IPAddress(0x0A000001 + address++)));
            return watch.Elapsed;
        }
        // Warm both paths (the first missing account also makes the hash it checks against).
        await TimeAsync(Email);
        await TimeAsync("nobody@example.com");

        List<TimeSpan> real = [], missing = [];
        for (var i = 0; i < 7; i++)
        {
            real.Add(await TimeAsync(Email));
            missing.Add(await TimeAsync("nobody@example.com"));
        }

        var ratio = Median(missing) / Median(real);
        output.WriteLine($"median wrong password {Median(real).TotalMilliseconds:F1} ms, missing account {Median(missing).TotalMilliseconds:F1} ms, ratio {ratio:F2}");
        Assert.InRange(ratio, 0.5, 2);
    }

    [Fact]
    public async Task Wrong_tries_from_one_address_are_held_back_there_without_a_check_and_count_toward_the_accounts_ceiling()
    {
        await AddAsync();
        var attempts = Get<SignInAttempts>();

        for (var i = 0; i < SignInThrottle.PerAccountFromOneAddress; i++)
            Assert.Equal(SignInOutcome.Wrong, await attempts.PasswordAsync(Email, "not the password", From));

        Assert.Equal(SignInOutcome.HeldBack, await attempts.PasswordAsync(Email, TestAccounts.Password, From));
        Assert.Equal(SignInOutcome.HeldBack, await attempts.PasswordAsync(" ANA@example.com ", "not the password", From));
        Assert.Equal(SignInThrottle.PerAccountFromOneAddress, await FailedCountAsync());
    }

    [Fact]
    public async Task The_account_locks_only_at_its_ceiling_of_wrong_tries_from_everywhere_together()
    {
        await AddAsync();
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var ana = (await users.FindByEmailAsync(Email))!;
            for (var i = 0; i < AccountsExtensions.AccountCeiling - 1; i++)
                await users.AccessFailedAsync(ana);
            Assert.False(await users.IsLockedOutAsync(ana));
        }

        Assert.Equal(SignInOutcome.LockedOut, await Get<SignInAttempts>().PasswordAsync(Email, "not the password", From));
        Assert.Equal(SignInOutcome.LockedOut, await Get<SignInAttempts>().PasswordAsync(Email, TestAccounts.Password, IPAddress.Parse("203.0.113.7")));
    }

    private async Task AddAsync()
    {
        var added = await Get<NewAccounts>().AddAsync(Email, TestAccounts.Password, DashboardRoles.Member, "tests");
        Assert.True(added.Succeeded, added.Message);
    }

    private async Task<int> FailedCountAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(Email))!);
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);
}
