using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Hosting;

/// <summary>The perimeter as the built app serves it: headers on every kind of response, hosts and origins it refuses.</summary>
[Collection(HarnessCollection.Name)]
public sealed partial class SecurityHeadersTests(AppFixture fixture) : IClassFixture<AppFixture>, IDisposable
{
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/account/login")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("POST", "/reference-cm/updatePrices")]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(fixture.App.BaseAddress, path));
        if (method == "POST")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request);

        var policy = string.Join("", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'nonce-", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join("", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", string.Join("", response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task The_import_map_carries_the_nonce_of_its_own_response_and_each_response_has_a_new_one()
    {
        using var first = await http.GetAsync(new Uri(fixture.App.BaseAddress, "/account/login"));
        using var second = await http.GetAsync(new Uri(fixture.App.BaseAddress, "/account/login"));

        var nonce = Nonce().Match(string.Join("", first.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync()));
        Assert.NotEqual(nonce, Nonce().Match(string.Join("", second.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value);
    }

    [Fact]
    public async Task A_host_name_the_dashboard_is_not_reached_by_gets_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, fixture.App.BaseAddress) { Headers = { Host = "dashboard.attacker.example" } };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://attacker.example", true, HttpStatusCode.Forbidden)]
    [InlineData("null", true, HttpStatusCode.Forbidden)]
    [InlineData("", true, HttpStatusCode.OK)]
    [InlineData("", false, HttpStatusCode.Unauthorized)]
    public async Task The_Blazor_hub_refuses_pages_from_another_origin_and_anyone_not_signed_in(string origin, bool signedIn, HttpStatusCode expected)
    {
        using var client = signedIn ? await fixture.App.SignedInClientAsync() : new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.App.BaseAddress, "/_blazor/negotiate?negotiateVersion=1"));
        request.Headers.Add("Origin", origin.Length > 0 ? origin : fixture.App.BaseAddress.GetLeftPart(UriPartial.Authority));

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
