using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>
/// When a session ends, over real HTTP: a copy of its cookie, and the account's other sessions, stop working at their
/// very next request, not minutes later.
/// </summary>
public sealed class SessionEndTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private Uri BaseAddress => fixture.App.BaseAddress;

    [Fact]
    public async Task Signing_out_ends_a_copy_of_the_cookie_and_every_other_session_of_the_account_at_once()
    {
        var email = await NewAccountAsync("signs.out@example.com");
        using var laptop = SignIn.NewClient(BaseAddress);
        using var phone = SignIn.NewClient(BaseAddress);
        var copied = await SignInAsync(laptop, email);
        await SignInAsync(phone, email);

        using var signedOut = await SignIn.SignOutAsync(laptop);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(copied));
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(phone));
    }

    [Fact]
    public async Task A_new_password_from_the_users_command_ends_every_session_of_the_account_at_once()
    {
        var email = await NewAccountAsync("new.password@example.com");
        using var laptop = SignIn.NewClient(BaseAddress);
        var copied = await SignInAsync(laptop, email);

        var (exit, output, errors) = await AppProcess.RunCommandAsync(fixture.DataFolder, "users", "reset-password", "--email", email, "--password", "another passphrase 2027");

        Assert.True(exit == 0, errors);
        Assert.Contains("every session of that account has ended", output);
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(copied));
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(laptop));
        using var again = SignIn.NewClient(BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, await SignIn.PostSignInAsync(again, email, "another passphrase 2027"));
        Assert.Null(await WhereHomeSendsAsync(again));
    }

    [Fact]
    public async Task A_new_role_ends_every_session_of_the_account_at_once()
    {
        var email = await NewAccountAsync("new.role@example.com");
        using var laptop = SignIn.NewClient(BaseAddress);
        var copied = await SignInAsync(laptop, email);

        var changed = await TestAccounts.WithAccountsAsync(fixture.DataFolder, (AccountChanges accounts) => accounts.SetRoleAsync(email, DashboardRoles.Viewer));

        Assert.True(changed.Succeeded, changed.Message);
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(copied));
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(laptop));
    }

    [Fact]
    public async Task Signing_an_account_out_everywhere_with_the_users_command_ends_its_sessions_and_no_one_elses()
    {
        var email = await NewAccountAsync("lost.laptop@example.com");
        using var laptop = SignIn.NewClient(BaseAddress);
        using var phone = SignIn.NewClient(BaseAddress);
        using var colleague = SignIn.NewClient(BaseAddress);
        await SignInAsync(laptop, email);
        await SignInAsync(phone, email);
        await SignInAsync(colleague, TestAccounts.EmailOf(DashboardRoles.Viewer));

        var (exit, output, errors) = await AppProcess.RunCommandAsync(fixture.DataFolder, "users", "sign-out", "--email", email);

        Assert.True(exit == 0, errors);
        Assert.Contains($"Every session of {email} has ended", output);
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(laptop));
        Assert.Equal(AccountsExtensions.LoginPath, await WhereHomeSendsAsync(phone));
        Assert.Null(await WhereHomeSendsAsync(colleague));
    }

    /// <summary>A member account of this test's own, so no test's sign-out ends another's sessions.</summary>
    private async Task<string> NewAccountAsync(string email)
    {
        var added = await TestAccounts.WithAccountsAsync(fixture.DataFolder, (NewAccounts accounts) => accounts.AddAsync(email, TestAccounts.Password, DashboardRoles.Member, "tests"));
        Assert.True(added.Succeeded, added.Message);
        return email;
    }

    /// <returns>The session cookie's value.</returns>
    private async Task<string> SignInAsync(HttpClient http, string email)
    {
        using var signedIn = await SignIn.SendSignInAsync(http, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = SignIn.SessionCookie(signedIn);
        Assert.Null(await WhereHomeSendsAsync(http));
        return cookie;
    }

    /// <returns>Where the home page redirects a request with only this session cookie (null: it answers, signed in).</returns>
    private async Task<string?> WhereHomeSendsAsync(string sessionCookie)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"cmd.session={sessionCookie}");
        using var response = await http.SendAsync(request);
        return Where(response);
    }

    private async Task<string?> WhereHomeSendsAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/");
        return Where(response);
    }

    private string? Where(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => null,
        HttpStatusCode.Redirect => new Uri(BaseAddress, response.Headers.Location!).AbsolutePath,
        var status => $"{(int)status}",
    };
}
