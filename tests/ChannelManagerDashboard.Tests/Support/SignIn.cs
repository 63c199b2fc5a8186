using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// Signing in as a person does (the form) and as a script does (the same form, posted with a cookie jar). Shared with
/// the benchmarks, so it uses no test framework.
/// </summary>
public static partial class SignIn
{
    /// <summary>A browser context signed in with <paramref name="role"/>'s test account.</summary>
    public static async Task<IBrowserContext> NewSignedInContextAsync(this IBrowser browser, Uri baseAddress, string role = DashboardRoles.Owner,
        BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.SignInAsync(baseAddress, role);
        await page.CloseAsync();
        return context;
    }

    /// <summary>A page of a new signed-in context; the context closes with the page.</summary>
    public static async Task<IPage> NewSignedInPageAsync(this IBrowser browser, Uri baseAddress, string role = DashboardRoles.Owner)
    {
        var context = await browser.NewSignedInContextAsync(baseAddress, role);
        var page = await context.NewPageAsync();
        // As Browser.NewPageAsync does with the context it makes; one already closed with the browser is no error.
        page.Close += (_, _) => context.CloseAsync().ContinueWith(closing => closing.Exception, TaskScheduler.Default);
        return page;
    }

    public static async Task SignInAsync(this IPage page, Uri baseAddress, string role = DashboardRoles.Owner)
    {
        await page.GotoAsync(new Uri(baseAddress, AccountsExtensions.LoginPath).ToString());
        await page.GetByLabel("Email").FillAsync(TestAccounts.EmailOf(role));
        await page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/"));
    }

    /// <summary>
    /// A client with its own cookie jar that follows no redirect, connecting from <paramref name="from"/>: every 127.x.y.z
    /// address is this machine, so a test can be two people at two addresses.
    /// </summary>
    public static HttpClient NewClient(Uri baseAddress, string from = "127.0.0.1")
    {
        var local = new IPEndPoint(IPAddress.Parse(from), 0);
        return new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(local);
                    await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        }) { BaseAddress = baseAddress };
    }

    /// <summary>The value of the session cookie a response sets.</summary>
    public static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => SessionCookieValue().Match(c)).Single(m => m.Success).Groups[1].Value;

    /// <summary>An HTTP client with the session cookie of <paramref name="role"/>'s test account.</summary>
    public static async Task<HttpClient> SignedInClientAsync(Uri baseAddress, string role = DashboardRoles.Owner)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var status = await PostSignInAsync(http, TestAccounts.EmailOf(role), TestAccounts.Password);
        if (status != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {role} answered {status}, not a redirect.");
        return http;
    }

    /// <summary>Posts the sign-in form as a browser would (with its antiforgery token) and returns the status.</summary>
    public static async Task<HttpStatusCode> PostSignInAsync(HttpClient http, string email, string password)
    {
        using var response = await SendSignInAsync(http, email, password);
        return response.StatusCode;
    }

    public static async Task<HttpResponseMessage> SendSignInAsync(HttpClient http, string email, string password)
    {
        var form = await http.GetStringAsync(AccountsExtensions.LoginPath);
        return await http.PostAsync(AccountsExtensions.LoginPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["_handler"] = "sign-in",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Presses the sign-out button of the home page, as a browser would.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient http)
    {
        var home = await http.GetStringAsync("/");
        return await http.PostAsync(AccountsExtensions.LogoutPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(home),
        }));
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static string AntiforgeryToken(string html) => WebUtility.HtmlDecode(Antiforgery().Match(html).Groups[1].Value);

    [GeneratedRegex("^cmd\\.session=([^;]+)")]
    private static partial Regex SessionCookieValue();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
