using System.Net;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The perimeter of sign-in over real HTTP: what is open, what is not, lockout, cookies, sign-out.</summary>
public sealed class SignInEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>, IDisposable
{
    private readonly HttpClient anonymous = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseAddress };

    public void Dispose() => anonymous.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/projects/1")]
    [InlineData("/projects/1/setup/P4")]
    [InlineData("/projects/1/certification-file")]
    [InlineData("/projects/1/mapping/1/export?format=csv")]
    [InlineData("/projects/1/play-mews/runs/1/report.json")]
    [InlineData("/simulator")]
    [InlineData("/account/users")]
    [InlineData("/no-such-page")]
    public async Task Nothing_a_person_uses_answers_without_sign_in(string path)
    {
        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(fixture.App.BaseAddress, response.Headers.Location!).AbsolutePath);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/account/login")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Health_the_sign_in_page_and_static_assets_are_open(string path)
    {
        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/reference-cm/updatePrices")]
    [InlineData("/simulator/mews/api/channelManager/v1/getChannels")]
    public async Task The_machine_endpoints_answer_by_the_tokens_in_the_body(string path)
    {
        using var response = await anonymous.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"success\":false", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_hold_that_address_back_but_not_the_owner_signing_in_from_another()
    {
        var owner = TestAccounts.EmailOf(DashboardRoles.Owner);
        using var guesser = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.2");
        using var ownersLaptop = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.3");

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignIn.SendSignInAsync(guesser, owner, "not the password");
            Assert.Contains("The email or the password is not right", await wrong.Content.ReadAsStringAsync());
        }
        using var held = await SignIn.SendSignInAsync(guesser, owner, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Contains("Too many wrong tries for this account from your address", await held.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, await SignIn.PostSignInAsync(ownersLaptop, owner, TestAccounts.Password));
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_as_failed_sign_ins_and_hold_the_address_back_even_from_a_right_code()
    {
        const string email = "recovery.codes@example.com";
        var recoveryCodes = await TwoFactorAccountAsync(email);
        using var http = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.4");
        var codePage = await PasswordThenCodePageAsync(http, email);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SendCodeAsync(http, codePage, "AAAAA-BBBBB");
            Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());
        }
        using var held = await SendCodeAsync(http, codePage, recoveryCodes[0]);

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Contains("Too many wrong tries for this account from your address", await held.Content.ReadAsStringAsync());
        Assert.Equal(5, await FailedSignInsAsync(email));
    }

    [Fact]
    public async Task Wrong_passwords_to_turn_two_factor_off_count_as_failed_sign_ins_and_hold_the_address_back()
    {
        const string email = "two.factor.off@example.com";
        var recoveryCodes = await TwoFactorAccountAsync(email);
        using var http = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.5");
        using (var signedIn = await SendCodeAsync(http, await PasswordThenCodePageAsync(http, email), recoveryCodes[0]))
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        for (var i = 0; i < 5; i++)
            Assert.Contains("That is not your password", await TurnTwoFactorOffAsync(http, "not the password"));
        var held = await TurnTwoFactorOffAsync(http, TestAccounts.Password);

        Assert.Contains("Too many wrong tries for this account from your address", held);
        Assert.Contains("Two-factor sign-in is <strong>on</strong>", held);
        Assert.Equal(5, await FailedSignInsAsync(email));
    }

    [Theory]
    [InlineData("%C3%A4", "/")]
    [InlineData("%2Fprojects%2F%C3%A4", "/")]
    [InlineData("/projects/%E4", "/")]
    [InlineData("/projects/%ED%A0%80", "/")]
    [InlineData("/projects%0D%0ASet-Cookie:%20x=y", "/")]
    [InlineData("/projects/%25ZZ", "/")]
    [InlineData("/projects/%25C3%25A4", "/projects/%C3%A4")]
    public async Task An_odd_return_address_after_sign_in_leads_home_or_to_the_local_path_and_never_fails(string query, string expected)
    {
        using var http = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.6");
        var login = $"{AccountsExtensions.LoginPath}?ReturnUrl={query}";
        var form = await http.GetStringAsync(login);

        using var signedIn = await http.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["_handler"] = "sign-in",
            ["Input.Email"] = TestAccounts.EmailOf(DashboardRoles.Viewer),
            ["Input.Password"] = TestAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(expected, new Uri(fixture.App.BaseAddress, signedIn.Headers.Location!).PathAndQuery);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_and_signing_out_ends_it()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.App.BaseAddress };
        using var signIn = await SignIn.SendSignInAsync(http, TestAccounts.EmailOf(DashboardRoles.Owner), TestAccounts.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cmd.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);

        // The sign-out button is a form with the page's antiforgery token; without it the post is refused.
        using (var forged = await http.PostAsync(AccountsExtensions.LogoutPath, new FormUrlEncodedContent([])))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var home = await http.GetStringAsync("/");
        using var signOut = await http.PostAsync(AccountsExtensions.LogoutPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(home),
        }));

        Assert.Equal("/account/login?signedOut=true", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_not_download_a_body_to_replay()
    {
        var projectId = await fixture.CreateProjectAsync("Replay CM");
        using var viewer = await fixture.App.SignedInClientAsync(DashboardRoles.Viewer);

        using var replay = await viewer.GetAsync($"/projects/{projectId}/play-mews/runs/1/exchanges/0/request.json");

        Assert.Equal("/account/denied", new Uri(fixture.App.BaseAddress, replay.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task An_invitation_link_sets_the_password_and_its_token_is_in_no_log()
    {
        var token = await TestAccounts.InviteAsync(fixture.DataFolder, "guest@example.com", DashboardRoles.Viewer);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.App.BaseAddress };
        var link = $"{AccountsExtensions.InvitationPath}?email=guest%40example.com&token={Uri.EscapeDataString(token)}";

        var form = await http.GetStringAsync(link);
        using var accepted = await http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["_handler"] = "invitation",
            ["Input.Password"] = "guest passphrase 2026",
            ["Input.ConfirmPassword"] = "guest passphrase 2026",
        }));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        // The request's log line is written after the answer, and the console reaches the test through a pipe.
        await fixture.App.WaitForOutputAsync("HTTP POST /account/invitation responded").WaitAsync(TimeSpan.FromSeconds(10));
        var logs = fixture.App.Output + string.Concat(Directory.GetFiles(Path.Combine(fixture.DataFolder, "logs")).Select(ReadShared));
        Assert.Contains("/account/invitation", logs);
        // The middle of the token: its first characters are the key's header, which every protected value shares.
        var middle = token[(token.Length / 2)..(token.Length / 2 + 16)];
        Assert.DoesNotContain(middle, logs);
        Assert.DoesNotContain(Uri.EscapeDataString(middle), logs);
    }

    [Fact]
    public async Task Signing_out_with_an_odd_return_address_still_signs_out_and_goes_to_the_sign_in_page()
    {
        using var http = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.7");
        Assert.Equal(HttpStatusCode.Redirect, await SignIn.PostSignInAsync(http, TestAccounts.EmailOf(DashboardRoles.Viewer), TestAccounts.Password));
        var home = await http.GetStringAsync("/");

        using var signedOut = await http.PostAsync($"{AccountsExtensions.LogoutPath}?ReturnUrl=%2Fprojects%2F%C3%A4", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(home),
        }));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/login?signedOut=true", signedOut.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_two_factor_account_signing_in_with_an_odd_return_address_is_asked_for_its_code_without_that_address()
    {
        await TwoFactorAccountAsync("odd.return@example.com");
        using var http = SignIn.NewClient(fixture.App.BaseAddress, from: "127.0.0.8");
        const string login = $"{AccountsExtensions.LoginPath}?ReturnUrl=%2Fprojects%2F%C3%A4";
        var form = await http.GetStringAsync(login);

        using var password = await http.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["_handler"] = "sign-in",
            ["Input.Email"] = "odd.return@example.com",
            ["Input.Password"] = TestAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal($"{AccountsExtensions.TwoFactorSignInPath}?returnUrl=%2F", new Uri(fixture.App.BaseAddress, password.Headers.Location!).PathAndQuery);
    }

    /// <summary>A member account with two-factor sign-in on.</summary>
    /// <returns>Its recovery codes.</returns>
    private async Task<IReadOnlyList<string>> TwoFactorAccountAsync(string email)
    {
        var added = await TestAccounts.WithAccountsAsync(fixture.DataFolder, (NewAccounts accounts) => accounts.AddAsync(email, TestAccounts.Password, DashboardRoles.Member, "tests"));
        Assert.True(added.Succeeded, added.Message);
        return await TestAccounts.WithUsersAsync(fixture.DataFolder, async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (IReadOnlyList<string>)[.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8))!];
        });
    }

    private Task<int> FailedSignInsAsync(string email) =>
        TestAccounts.WithUsersAsync(fixture.DataFolder, async users => await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!));

    /// <returns>The address of the page that asks for the code.</returns>
    private async Task<string> PasswordThenCodePageAsync(HttpClient http, string email)
    {
        using var password = await SignIn.SendSignInAsync(http, email, TestAccounts.Password);
        var codePage = new Uri(fixture.App.BaseAddress, password.Headers.Location!).PathAndQuery;
        Assert.StartsWith(AccountsExtensions.TwoFactorSignInPath, codePage);
        return codePage;
    }

    private static async Task<HttpResponseMessage> SendCodeAsync(HttpClient http, string codePage, string code)
    {
        var form = await http.GetStringAsync(codePage);
        return await http.PostAsync(codePage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["_handler"] = "two-factor",
            ["Input.Code"] = code,
        }));
    }

    /// <returns>The page's answer.</returns>
    private static async Task<string> TurnTwoFactorOffAsync(HttpClient http, string password)
    {
        var form = await http.GetStringAsync("/account/two-factor");
        using var answer = await http.PostAsync("/account/two-factor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["_handler"] = "two-factor-off",
            ["Off.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync();
    }

    /// <summary>A log file the app still writes to.</summary>
    private static string ReadShared(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }
}
