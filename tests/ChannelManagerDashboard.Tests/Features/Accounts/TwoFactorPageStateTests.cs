using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Pages;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The two-factor page's key, code and password checks, over a real SQLite file and Identity's real token providers.</summary>
public sealed class TwoFactorPageStateTests : ComponentTest
{
    private const string Email = "ana@example.com";
    private static readonly IPAddress From = IPAddress.Parse("198.51.100.21");

    [Fact]
    public async Task A_wrong_code_keeps_it_off_and_the_one_the_app_shows_turns_it_on_with_recovery_codes()
    {
        await AddAsync();
        var state = Get<TwoFactorPageState>();

        Assert.True(await state.LoadAsync(Email));
        Assert.False(await state.LoadAsync(Email));
        Assert.False(state.Enabled);
        Assert.False(await state.EnableAsync(Email, "000000"));
        Assert.Contains("not the one the app shows", state.Problem);
        Assert.False(state.Enabled);

        Assert.True(await state.EnableAsync(Email, CodeFor(state.Key!)));

        Assert.True(state.Enabled);
        Assert.Equal(8, state.RecoveryCodes!.Count);
        Assert.False(string.IsNullOrEmpty(state.Notice));
    }

    [Fact]
    public async Task Turning_it_off_takes_the_password_and_then_offers_a_new_key()
    {
        await AddAsync();
        var setup = Get<TwoFactorPageState>();
        await setup.LoadAsync(Email);
        Assert.True(await setup.EnableAsync(Email, CodeFor(setup.Key!)));
        // A request of its own, as the page's form post is: the account as stored after turning it on.
        await using var request = Services.CreateAsyncScope();
        // The password check asks the request whether this browser is remembered for two-factor sign-in.
        request.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = request.ServiceProvider };
        var users = request.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var principal = await request.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<DashboardUser>>()
            .CreateAsync((await users.FindByEmailAsync(Email))!);
        var state = request.ServiceProvider.GetRequiredService<TwoFactorPageState>();
        await state.LoadAsync(Email);

        Assert.False(await state.DisableAsync(principal, "not the password", From));
        Assert.Equal("That is not your password. Two-factor sign-in stays on.", state.Problem);
        Assert.True(state.Enabled);

        Assert.True(await state.DisableAsync(principal, TestAccounts.Password, From));

        Assert.False(state.Enabled);
        Assert.NotNull(state.Key);
        Assert.False(await Get<AuthenticatorSetup>().IsEnabledAsync(Email));
    }

    private static string CodeFor(AuthenticatorKey key) =>
        new Totp(Base32Encoding.ToBytes(key.Key.Replace(" ", "").ToUpperInvariant())).ComputeTotp();

    private async Task AddAsync()
    {
        var added = await Get<NewAccounts>().AddAsync(Email, TestAccounts.Password, DashboardRoles.Member, "tests");
        Assert.True(added.Succeeded, added.Message);
    }
}
