using System.Security.Claims;
using Bunit;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Pages;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>Open pages (circuits) end with their account's sessions: at once when the app ends them, by their stamp otherwise.</summary>
public sealed class OpenPageSessionTests : ComponentTest
{
    private NewAccounts NewAccounts => Get<NewAccounts>();

    private AccountChanges Changes => Get<AccountChanges>();

    [Fact]
    public async Task Ending_an_accounts_sessions_closes_its_open_pages_at_once_and_no_one_elses()
    {
        using var anasPage = await OpenPageAsync("ana@example.com");
        using var anasOtherPage = await OpenPageAsync("ana@example.com");
        using var colleaguesPage = await OpenPageAsync("colleague@example.com");

        var ended = await Changes.EndSessionsAsync("ana@example.com", "tests");

        Assert.Equal("Every session of ana@example.com has ended; signing in again starts a new one.", ended.Notices.Single());
        Assert.False(await IsSignedInAsync(anasPage));
        Assert.False(await IsSignedInAsync(anasOtherPage));
        Assert.True(await IsSignedInAsync(colleaguesPage));
    }

    [Fact]
    public async Task Signing_out_closes_the_accounts_other_pages_at_once_and_leaves_the_page_that_signs_out_to_its_own_redirect()
    {
        var signingOut = new OpenPageMark();
        using var leavingPage = await OpenPageAsync("ana@example.com", signingOut);
        using var otherPage = await OpenPageAsync("ana@example.com");

        await Changes.EndSessionsAsync("ana@example.com", "signed out", signingOut.Value);

        Assert.True(await IsSignedInAsync(leavingPage));
        Assert.False(await IsSignedInAsync(otherPage));
        // Should its form post not take it away, its next check still ends it: its stamp is an old one.
        Assert.False(await Get<SessionStamps>().AreCurrentAsync((await leavingPage.GetAuthenticationStateAsync()).User));
    }

    [Theory]
    [InlineData("new password")]
    [InlineData("new role")]
    [InlineData("removed")]
    public async Task A_new_password_a_new_role_or_removal_closes_the_accounts_open_pages_at_once(string change)
    {
        await NewAccounts.AddFirstOwnerAsync("owner@example.com", TestAccounts.Password);
        using var page = await OpenPageAsync("ana@example.com");

        var done = change switch
        {
            "new password" => await Changes.ResetPasswordAsync("ana@example.com", "another passphrase 2027"),
            "new role" => await Changes.SetRoleAsync("ana@example.com", DashboardRoles.Viewer),
            _ => await Changes.RemoveAsync("ana@example.com"),
        };

        Assert.True(done.Succeeded, done.Message);
        Assert.False(await IsSignedInAsync(page));
    }

    [Fact]
    public async Task A_session_is_current_only_with_its_accounts_stamp_of_now()
    {
        using var page = await OpenPageAsync("ana@example.com");
        var principal = (await page.GetAuthenticationStateAsync()).User;
        var stamps = Get<SessionStamps>();
        Assert.True(await stamps.AreCurrentAsync(principal));

        // A change made elsewhere (the users command, another process): only the stamp tells.
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync("ana@example.com"))!);
        }

        Assert.False(await stamps.AreCurrentAsync(principal));
        Assert.False(await stamps.AreCurrentAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ana@example.com")], "cookie"))));
    }

    [Fact]
    public async Task An_owner_signs_someone_out_everywhere_from_the_users_page()
    {
        await NewAccounts.AddFirstOwnerAsync(TestAccounts.EmailOf(DashboardRoles.Owner), TestAccounts.Password);
        using var membersPage = await OpenPageAsync("ana@example.com");
        var usersPage = RenderWithProviders<UsersPage>();

        (await usersPage.WaitForElementAsync("button[aria-label='Sign out everywhere: ana@example.com']")).Click();

        await Notices.WaitForAssertionAsync(() => Assert.Contains("Every session of ana@example.com has ended", Notices.Markup));
        Assert.False(await IsSignedInAsync(membersPage));
    }

    /// <summary>A circuit's authentication state, signed in as <paramref name="email"/> (a member, added when new).</summary>
    private async Task<RevalidatingAuthenticationState> OpenPageAsync(string email, OpenPageMark? mark = null)
    {
        await NewAccounts.AddAsync(email, TestAccounts.Password, DashboardRoles.Member, "tests");
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<DashboardUser>>().CreateAsync((await users.FindByEmailAsync(email))!);
        var state = new RevalidatingAuthenticationState(Get<ILoggerFactory>(), Get<SessionStamps>(), Get<SessionEnds>(), Get<IOptions<IdentityOptions>>(),
            mark ?? new OpenPageMark());
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return state;
    }

    private static async Task<bool> IsSignedInAsync(AuthenticationStateProvider page) =>
        (await page.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated == true;
}
