using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Proxy;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The recording proxy over loopback: the dashboard's proxy route in front of a fake Mews on another port.</summary>
public sealed class ConnectorProxyTests : DatabaseTest, IAsyncLifetime
{
    private const string ClientToken = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    private const string AccessToken = "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382";

    private readonly ConcurrentQueue<string> received = new();
    private readonly ConcurrentQueue<Dictionary<string, string>> headers = new();
    private LoopbackServer mews = default!;
    private LoopbackServer proxy = default!;
    private ConnectorServices connector = default!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        mews = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/connector/v1/configuration/get", async (HttpRequest request, HttpResponse response) =>
            {
                using var reader = new StreamReader(request.Body);
                received.Enqueue(await reader.ReadToEndAsync());
                response.Headers["Request-Id"] = "req-" + received.Count;
                return Results.Json(new { Enterprise = new { Name = "Demo Hotel" } });
            });
            app.MapPost("/api/connector/v1/services/getAll", async () =>
            {
                await Task.Delay(400);
                return Results.Json(new { Services = Array.Empty<object>() });
            });
            app.MapPost("/api/connector/v1/rates/getAll", (HttpResponse response) =>
            {
                response.Headers["Retry-After"] = "7";
                return Results.Json(new { Message = "Too many requests" }, statusCode: 429);
            });
            app.MapPost("/api/connector/v1/bills/getAll", () => Results.Json(new { Message = "Mews-side fault" }, statusCode: 500));
            // A hostile or broken upstream: it sets a cookie and answers a page with a script.
            app.MapPost("/api/connector/v1/page/get", (HttpRequest request, HttpResponse response) =>
            {
                headers.Enqueue(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
                response.Headers.SetCookie = ".AspNetCore.Cookies=planted; path=/";
                response.Headers["Request-Id"] = "req-page";
                return Results.Content("<html><script>fetch('/users')</script></html>", "text/html");
            });
        });
        proxy = await ProxyAsync(LoopbackRule.Allowed);
        connector = ConnectorServices.On(Database, Clock, recorder: proxy.App.Services.GetRequiredService<ProxyRecorder>());
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await proxy.DisposeAsync();
        await mews.DisposeAsync();
    }

    /// <summary>The dashboard's proxy route with its own outbound rule (the fake Mews is on loopback, which the default rule refuses).</summary>
    private Task<LoopbackServer> ProxyAsync(OutboundNetworkRule rule) => LoopbackServer.StartAsync(app => app.MapConnectorReview(), services => services
        .AddSingleton(Database.Factory).AddSingleton(new ProjectPageRefresh(new LocalMessageBus())).AddSingleton<TimeProvider>(Clock).AddSingleton(rule).AddConnectorReview());

    private async Task<(int ProjectId, int RunId, Uri Base)> RecordingAsync(string mewsAddress, LoopbackServer? through = null)
    {
        var input = Services.ValidInput("Acme Revenue");
        input.Kind = ProjectKind.Connector;
        var id = await Services.CreateProjectAsync(input);
        Assert.True((await connector.Journey.SaveJourneyAsync(id, new JourneyInput { MewsAddress = mewsAddress }, "Jana")).Succeeded);
        var run = await connector.Recordings.StartAsync(id, "Jana");
        Assert.True(run.Succeeded, run.Message);
        await using var db = await Database.Factory.CreateDbContextAsync();
        var key = (await db.ConnectorRuns.SingleAsync(r => r.Id == run.Value)).RecordingKey;
        return (id, run.Value, new Uri((through ?? proxy).BaseAddress, $"{ConnectorProxy.BasePath}/{key}/"));
    }

    private static StringContent Body(string extra = "") =>
        new($$"""{"ClientToken":"{{ClientToken}}","AccessToken":"{{AccessToken}}","Client":"Acme 1.0.0"{{extra}}}""", Encoding.UTF8, "application/json");

    private async Task<List<ConnectorRunRequest>> RecordedAsync(int runId, int expected)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var db = await Database.Factory.CreateDbContextAsync();
            var requests = await db.ConnectorRequests.Where(c => c.RunId == runId).OrderBy(c => c.Index).ToListAsync();
            if (requests.Count >= expected)
                return requests;
            await Task.Delay(25);
        }
        throw new TimeoutException($"Fewer than {expected} calls were recorded.");
    }

    [Fact]
    public async Task A_request_goes_on_unchanged_its_answer_comes_back_and_it_is_recorded_with_tokens_redacted()
    {
        var (_, runId, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));

        using var response = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Demo Hotel", await response.Content.ReadAsStringAsync());
        Assert.Equal("req-1", response.Headers.GetValues("Request-Id").Single());
        Assert.Contains(AccessToken, Assert.Single(received));
        var request = Assert.Single(await RecordedAsync(runId, 1));
        Assert.Equal(("/api/connector/v1/configuration/get", 200, "req-1"), (request.Path, request.Status, request.RequestId));
        Assert.DoesNotContain(AccessToken, request.RequestBody);
        Assert.DoesNotContain(ClientToken, request.RequestBody);
        Assert.Equal(TokenRedaction.Hash(AccessToken), request.AccessTokenHash);
        Assert.True(request.RequestBytes > 100 && request.ResponseBytes > 10);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
    }

    [Fact]
    public async Task A_recorded_request_keeps_no_token_however_spelt_and_no_card_number_in_its_body_or_URL()
    {
        var (_, runId, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));
        var json = $$$"""{"Client\u0054oken":"{{{ClientToken}}}","\u0041ccessToken":"{{{AccessToken}}}","Client":"Acme 1.0","CreditCard":{"Number":"4111111111111111","Cvc":"9517"}}""";
        var form = $"client_token={ClientToken}&Access%54oken={AccessToken}&Client=Acme+1.0&CardNumber=5555+4444+3333+1111&cvv=9517";

        using var sentJson = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), new StringContent(json, Encoding.UTF8, "application/json"));
        using var sentForm = await http.PostAsync(new Uri(proxied, $"api/connector/v1/configuration/get?access_token={AccessToken}"),
            new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (sentJson.StatusCode, sentForm.StatusCode));
        Assert.Contains(form, received);
        var requests = await RecordedAsync(runId, 2);
        foreach (var request in requests)
        {
            foreach (var secret in new[] { AccessToken, ClientToken, "4111111111111111", "5555+4444+3333+1111", "9517" })
                Assert.DoesNotContain(secret, request.Url + request.RequestBody);
            Assert.Contains("************1111", request.RequestBody);
            Assert.Equal(TokenRedaction.Hash(AccessToken), request.AccessTokenHash);
        }
    }

    [Fact]
    public async Task Concurrent_requests_are_all_recorded_each_with_its_own_index()
    {
        var (projectId, runId, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var requests = await RecordedAsync(runId, 40);
        Assert.Equal(Enumerable.Range(0, 40), requests.Select(c => c.Index));
        var stopped = await connector.Recordings.StopAsync(projectId, runId, "Jana");
        Assert.Equal("Recording stopped: 40 calls.", Assert.Single(stopped.Notices));
        using var after = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body());
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains("Start a recording", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_slow_answer_is_timed_a_429_keeps_its_Retry_After_and_a_500_passes_through()
    {
        var (_, runId, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));

        using var slow = await http.PostAsync(new Uri(proxied, "api/connector/v1/services/getAll"), Body());
        using var limited = await http.PostAsync(new Uri(proxied, "api/connector/v1/rates/getAll"), Body());
        using var fault = await http.PostAsync(new Uri(proxied, "api/connector/v1/bills/getAll"), Body());

        Assert.Equal((HttpStatusCode.OK, (HttpStatusCode)429, HttpStatusCode.InternalServerError), (slow.StatusCode, limited.StatusCode, fault.StatusCode));
        Assert.Equal(TimeSpan.FromSeconds(7), limited.Headers.RetryAfter?.Delta);
        var requests = await RecordedAsync(runId, 3);
        Assert.True(requests[0].DurationMs >= 400, $"{requests[0].DurationMs} ms");
        Assert.Equal((429, 7), (requests[1].Status, requests[1].RetryAfterSeconds));
        Assert.Equal(500, requests[2].Status);
    }

    [Fact]
    public async Task A_Mews_that_cannot_be_reached_answers_502_with_what_to_do_and_the_request_is_recorded()
    {
        var (_, runId, proxied) = await RecordingAsync("http://127.0.0.1:9");

        using var response = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("could not reach Mews at http://127.0.0.1:9", await response.Content.ReadAsStringAsync());
        Assert.Equal(502, Assert.Single(await RecordedAsync(runId, 1)).Status);
    }

    [Fact]
    public async Task A_request_after_stop_is_refused_even_before_the_run_is_closed_and_the_run_cannot_be_deleted_while_recording()
    {
        var (projectId, runId, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));
        Assert.False((await connector.Runs.DeleteRunAsync(projectId, runId, "Jana")).Succeeded);
        using (var first = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body()))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The recorder stops first; the database still names the key until the run is closed.
        await proxy.App.Services.GetRequiredService<ProxyRecorder>().StopAsync(proxied.Segments[^1].TrimEnd('/'));
        using var late = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body());

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Single(await RecordedAsync(runId, 1));
    }

    [Fact]
    public async Task An_unknown_proxy_address_is_refused_and_a_recording_needs_a_forwardable_address()
    {
        using var response = await http.PostAsync(new Uri(proxy.BaseAddress, $"{ConnectorProxy.BasePath}/nope/api/connector/v1/configuration/get"), Body());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        Assert.Contains("Use https", JourneyInput.Forwardable("http://mews.example.com").Errors[nameof(JourneyInput.MewsAddress)]);
        Assert.Contains("production", JourneyInput.Forwardable("https://api.mews.com").Errors[nameof(JourneyInput.MewsAddress)]);
        Assert.True(JourneyInput.Forwardable("https://api.mews-demo.com").Succeeded);
    }

    [Fact]
    public async Task Only_what_an_API_client_needs_goes_to_Mews_no_cookie_comes_back_and_no_answer_can_run_on_the_dashboards_origin()
    {
        var (_, runId, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(proxied, "api/connector/v1/page/get")) { Content = Body() };
        request.Headers.Add("Cookie", ".AspNetCore.Cookies=the-signed-in-users-session");
        request.Headers.Authorization = new("Bearer", "the-dashboards-token");
        request.Headers.Add("Proxy-Authorization", "Basic cHJveHk6c2VjcmV0");
        request.Headers.Add("X-Forwarded-For", "10.0.0.1");
        request.Headers.Add("X-Forwarded-Host", "intranet.example");
        request.Headers.Add("Upgrade", "websocket");
        request.Headers.UserAgent.ParseAdd("AcmeRevenue/1.0");
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await http.SendAsync(request);

        var upstream = Assert.Single(headers);
        Assert.All(new[] { "Cookie", "Authorization", "Proxy-Authorization", "X-Forwarded-For", "X-Forwarded-Host", "Upgrade" },
            name => Assert.False(upstream.ContainsKey(name), $"{name} reached Mews"));
        Assert.Equal(("AcmeRevenue/1.0", "application/json", "application/json; charset=utf-8"), (upstream["User-Agent"], upstream["Accept"], upstream["Content-Type"]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("req-page", response.Headers.GetValues("Request-Id").Single());
        Assert.Contains("<script>", await response.Content.ReadAsStringAsync());
        // Recording is as before: the call, its Request-Id and the body without tokens.
        var recorded = Assert.Single(await RecordedAsync(runId, 1));
        Assert.Equal(("/api/connector/v1/page/get", 200, "req-page"), (recorded.Path, recorded.Status, recorded.RequestId));
        Assert.DoesNotContain(AccessToken, recorded.RequestBody);
    }

    [Fact]
    public async Task A_JSON_answer_stays_JSON_and_is_sandboxed_too_and_so_is_the_proxys_own_error()
    {
        var (_, _, proxied) = await RecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));

        using var json = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body());
        using var missing = await http.PostAsync(new Uri(proxy.BaseAddress, $"{ConnectorProxy.BasePath}/nope/api/connector/v1/configuration/get"), Body());

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Null(json.Content.Headers.ContentDisposition);
        foreach (var answer in new[] { json, missing })
        {
            Assert.StartsWith("sandbox", answer.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_header_the_Connection_header_names_is_hop_by_hop_and_stays_behind()
    {
        var from = new DefaultHttpContext();
        from.Request.Headers.Connection = "Accept-Language";
        from.Request.Headers.AcceptLanguage = "nl";
        from.Request.Headers.Accept = "application/json";
        using var to = new HttpRequestMessage(HttpMethod.Post, (Uri?)null) { Content = new ByteArrayContent([]) };

        await new ProxyHeaders(new Uri("https://api.mews-demo.com/")).TransformRequestAsync(from, to, "https://api.mews-demo.com", CancellationToken.None);

        Assert.False(to.Headers.Contains("Accept-Language"));
        Assert.False(to.Headers.Contains("Connection"));
        Assert.Equal("application/json", to.Headers.Accept.Single().MediaType);
    }

    [Fact]
    public async Task An_upstream_the_rule_forbids_at_connect_time_gets_a_502_that_says_why_and_nothing_reaches_it()
    {
        // Saved while the rule allowed loopback; the proxy judges the address the name resolves to when it connects.
        await using var strict = await ProxyAsync(OutboundNetworkRule.Default);
        var (_, runId, proxied) = await RecordingAsync(new UriBuilder(mews.BaseAddress) { Host = "localhost" }.Uri.ToString().TrimEnd('/'), strict);

        using var response = await http.PostAsync(new Uri(proxied, "api/connector/v1/configuration/get"), Body());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
        Assert.Contains("that upstream address is not allowed", message);
        Assert.Matches("does not connect to (127\\.0\\.0\\.1|::1): it is a loopback address", message);
        Assert.Contains("PlayMews:AllowLoopback", message);
        Assert.Empty(received);
        Assert.Equal(502, Assert.Single(await RecordedAsync(runId, 1)).Status);
    }

    [Fact]
    public void The_proxy_never_leaves_the_Mews_host()
    {
        var mews = new Uri("https://api.mews-demo.com");
        Assert.Equal("https://api.mews-demo.com/api/connector/v1/configuration/get?a=1",
            ConnectorProxy.Target(mews, "api/connector/v1/configuration/get", new QueryString("?a=1"))!.ToString());
        Assert.Equal("api.mews-demo.com", ConnectorProxy.Target(mews, "//evil.example/x", QueryString.Empty)!.Host);
        Assert.Equal("api.mews-demo.com", ConnectorProxy.Target(mews, "@evil.example/x", QueryString.Empty)?.Host ?? "api.mews-demo.com");
    }
}
