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
    public async Task A_wrong_password_says_so_and_the_sixth_try_finds_the_account_locked_even_with_the_right_one()
    {
        var email = TestAccounts.EmailOf(DashboardRoles.Member);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.App.BaseAddress };

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, await SignIn.PostSignInAsync(http, email, "not the password"));
        using var locked = await SignIn.SendSignInAsync(http, email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("this account is locked for 15 minutes", await locked.Content.ReadAsStringAsync());
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
        using var viewer = await fixture.App.SignedInClientAsync(DashboardRoles.Viewer);

        using var replay = await viewer.GetAsync("/projects/1/play-mews/runs/1/exchanges/0/request.json");

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

    /// <summary>A log file the app still writes to.</summary>
    private static string ReadShared(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }
}
