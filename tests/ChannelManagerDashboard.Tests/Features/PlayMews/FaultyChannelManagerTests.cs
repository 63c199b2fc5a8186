using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>
/// The harness played over real HTTP against small channel managers that each get one thing wrong: the right test
/// fails, with a reason that names the problem, and a bad endpoint never hangs, floods or crashes the harness.
/// </summary>
public sealed class FaultyChannelManagerTests
{
    private const int TimeoutSeconds = 2;
    private const int BudgetSeconds = 1;

    /// <summary>What a busy machine may add to a wait that has a bound: far less than any wait that has none.</summary>
    private const int BusyMachineSeconds = 5;
    private const string Accepted = """{"success":true}""";

    private static readonly string ClientToken = FakeChannelManager.Seed.ClientToken;
    private static readonly string ConnectionToken = FakeChannelManager.Seed.Connections.First(c => c.Active).Token;
    private static readonly string InactiveToken = FakeChannelManager.Seed.Connections.First(c => !c.Active).Token;

    /// <summary>One run against a healthy endpoint, so that the timing tests do not measure the process warming up.</summary>
    private static readonly Lazy<Task> WarmedUp = new(async () =>
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(Accepted);
        await RunAsync("INV-01", cm.Endpoints, Lenient());
    });

    private static HarnessScope Scope()
    {
        var profile = PropertyProfileData.Parse(FakeChannelManager.Seed.Response("getConfiguration").ToJsonString())!;
        return new HarnessScope(profile, HarnessScope.AllPushed(profile), ClientToken, ConnectionToken, InactiveToken,
            DateOnly.FromDateTime(DateTime.UtcNow), "https://api.mews-demo.com");
    }

    /// <summary>The limits the timing tests measure against.</summary>
    private static HarnessSettings Tight() => new() { TimeoutSeconds = TimeoutSeconds, ResponseBudgetSeconds = BudgetSeconds };

    /// <summary>For tests about what an answer says: a cold first call on a busy machine must not fail them on time.</summary>
    private static HarnessSettings Lenient() => new() { TimeoutSeconds = 10, ResponseBudgetSeconds = 10 };

    private static async Task<HarnessVerdict> RunAsync(string testId, CmEndpoints endpoints, HarnessSettings? settings = null,
        CancellationToken cancellation = default)
    {
        using var http = CmRequestSender.CreateHttpClient(LoopbackRule.Allowed);
        var runner = new HarnessRunner(new CmRequestSender(http), settings ?? Lenient(), TimeProvider.System);
        return await runner.RunAsync(testId, endpoints, Scope(), null, cancellation);
    }

    /// <summary>The test ran (it was not blocked) and failed, with one reason containing every one of <paramref name="words"/>.</summary>
    private static void AssertFailedBecause(HarnessVerdict result, string testId, params string[] words)
    {
        Assert.Equal(testId, result.TestId);
        Assert.Null(result.Blocked);
        Assert.NotEmpty(result.Evidence);
        Assert.False(result.Passed);
        Assert.Contains(result.Reasons, reason => words.All(word => reason.Contains(word, StringComparison.Ordinal)));
    }

    private static Task HangAsync(HttpContext context) => Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);

    [Fact]
    public async Task An_HTTP_500_fails_even_when_the_body_says_success()
    {
        await using var cm = await FakeChannelManager.StartAsync((context, _) => FakeChannelManager.JsonAsync(context, Accepted, status: 500));

        var result = await RunAsync("INV-01", cm.Endpoints);

        AssertFailedBecause(result, "INV-01", "HTTP 500", "Mews expects HTTP 200");
    }

    [Fact]
    public async Task An_answer_that_is_not_UTF8_fails_that_test_with_the_reason_and_the_run_goes_on()
    {
        // "Café" in Latin-1: the é is the single byte 0xE9, which is not UTF-8.
        var latin1 = "{\"success\":false,\"errors\":[{\"code\":10,\"message\":\"Caf\u00e9 ZZZ\",\"categoryCode\":\"ZZZ\"}]}"
            .Select(c => (byte)c).ToArray();
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(latin1);
        });

        var result = await RunAsync("ERR-03", cm.Endpoints);

        AssertFailedBecause(result, "ERR-03", "not valid UTF-8");
        Assert.Contains("Caf\uFFFD ZZZ", result.Evidence[0].ResponseBody);
    }

    [Fact]
    public async Task A_string_whose_escape_stands_for_no_character_fails_with_the_reason_instead_of_stopping_the_run()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync("""{"success":false,"errors":[{"code":10,"message":"bad \ud800 text","categoryCode":"ZZZ"}]}""");

        var result = await RunAsync("ERR-03", cm.Endpoints);

        AssertFailedBecause(result, "ERR-03", "not valid text");
    }

    [Fact]
    public async Task An_HTML_page_fails_as_not_JSON()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<!DOCTYPE html><html><body>Down for maintenance</body></html>");
        });

        var result = await RunAsync("INV-01", cm.Endpoints);

        AssertFailedBecause(result, "INV-01", "not JSON", "text/html");
    }

    [Fact]
    public async Task Accepting_an_unmapped_space_type_fails_ERR_03()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(Accepted);

        var result = await RunAsync("ERR-03", cm.Endpoints);

        AssertFailedBecause(result, "ERR-03", "Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, ",
            "; got HTTP 200 {\"success\":true}: The channel manager accepted what it should have refused.");
    }

    [Fact]
    public async Task A_validation_error_instead_of_code_10_fails_ERR_03()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            """{"success":false,"errors":[{"code":6,"message":"Space type ZZZ is not known to the channel manager."}]}""");

        var result = await RunAsync("ERR-03", cm.Endpoints);

        AssertFailedBecause(result, "ERR-03", "Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, ", "The answer names code 6 without categoryCode");
    }

    [Fact]
    public async Task Code_9_without_rateCode_fails_ERR_04()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            """{"success":false,"errors":[{"code":9,"message":"Rate ZZZ is not mapped; map it in the channel manager."}]}""");

        var result = await RunAsync("ERR-04", cm.Endpoints);

        AssertFailedBecause(result, "ERR-04", "has code 9 but no \"rateCode\"");
        AssertFailedBecause(result, "ERR-04", "Expected error code 9 with rateCode 'ZZZ'");
    }

    [Fact]
    public async Task The_singular_error_field_fails_ERR_02_as_deprecated_and_nothing_else()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            """{"success":false,"error":{"code":2,"message":"Reservation 123456 is not recorded in the channel manager."}}""");

        var result = await RunAsync("ERR-02", cm.Endpoints);

        AssertFailedBecause(result, "ERR-02", "singular \"error\"", "deprecated", "\"errors\" array");
        Assert.Single(result.Reasons);
    }

    [Fact]
    public async Task The_deprecated_code_4_fails_ERR_03()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            """{"success":false,"errors":[{"code":4,"message":"Space type ZZZ is not mapped in the channel manager.","categoryCode":"ZZZ"}]}""");

        var result = await RunAsync("ERR-03", cm.Endpoints);

        AssertFailedBecause(result, "ERR-03", "uses code 4, deprecated", "use 10 with categoryCode");
    }

    [Fact]
    public async Task Reservation_not_found_for_an_inactive_connection_fails_ERR_05_on_all_three_endpoints()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            """{"success":false,"errors":[{"code":2,"message":"Nothing is recorded for this connection in the channel manager."}]}""");

        var result = await RunAsync("ERR-05", cm.Endpoints);

        AssertFailedBecause(result, "ERR-05", "Expected error code 3 or 8 (HTTP 200, ", "The answer names code 2");
        Assert.Equal(
            [CmOperation.UpdateAvailability, CmOperation.UpdatePrices, CmOperation.UpdateRestrictions],
            result.Reasons.Select(r => r.Split(':')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_hanging_endpoint_fails_after_the_timeout_and_not_much_later()
    {
        await WarmedUp.Value;
        await using var cm = await FakeChannelManager.StartAsync((context, _) => HangAsync(context));
        var clock = Stopwatch.StartNew();

        var result = await RunAsync("INV-01", cm.Endpoints, Tight()).WaitAsync(TimeSpan.FromSeconds(10 * TimeoutSeconds));

        AssertFailedBecause(result, "INV-01", $"No answer within {TimeoutSeconds} s (it may still be processing; Mews would send it again)");
        // Never early; late only by what a busy machine adds, and each push is sent once: a run that ignored the timeout
        // would hang until the WaitAsync above gives up, and one that tried again would send more.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(TimeoutSeconds - 0.1), TimeSpan.FromSeconds(TimeoutSeconds + BusyMachineSeconds));
        Assert.Equal(result.Evidence.Count, cm.RequestCount);
    }

    [Fact]
    public async Task An_answer_that_comes_after_the_timeout_says_it_may_still_be_processing_not_that_the_endpoint_hung()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5), context.RequestAborted);
            await FakeChannelManager.JsonAsync(context, Accepted);
        });

        var result = await RunAsync("INV-01", cm.Endpoints, new HarnessSettings { TimeoutSeconds = 1 });

        var reason = Assert.Single(result.Reasons);
        Assert.StartsWith("updateAvailability: Expected success true (HTTP 200, {\"success\": true}). No answer within 1 s (it may still be processing; Mews would send it again).", reason);
        Assert.DoesNotContain("hung", reason);
    }

    [Fact]
    public async Task A_missing_route_says_nothing_answers_POST_at_the_URL_and_names_the_operation()
    {
        await using var cm = await LoopbackServer.StartAsync(app => app.MapPost("/cm/updateAvailability", () => Results.Json(new { success = true })));
        var endpoints = CmEndpoints.FromBase(cm.BaseAddress + "cm");

        var result = await RunAsync("ERR-02", endpoints);

        AssertFailedBecause(result, "ERR-02", $"confirmGroup: Expected error code 2 (HTTP 200, ",
            $"; got HTTP 404 Not Found (empty body): Nothing answers POST at {endpoints.ConfirmBooking}: is confirmGroup implemented, and is the base URL right?");
        Assert.DoesNotContain("Mews expects HTTP 200", Assert.Single(result.Reasons));
    }

    [Fact]
    public async Task A_full_push_whose_answers_differ_only_in_their_counts_is_one_line_per_operation()
    {
        await using var cm = await OwnShapeChannelManager.StartAsync();
        var settings = new HarnessSettings { TimeoutSeconds = 10, ResponseBudgetSeconds = 10, MaxEntriesPerMessage = 7 };

        var result = await RunAsync("INV-06", cm.Endpoints, settings);

        Assert.True(result.Evidence.Select(e => e.Got).Distinct().Count() > 1, "The answers should differ in their counts.");
        Assert.Equal(["updateAvailability", "updatePrices", "updateRestrictions"], result.Reasons.Select(r => r.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.All(result.Reasons, r => Assert.Matches(@"^\w+ \(\d+ messages\): Expected success true \(HTTP 200, \{""success"": true\}\); got HTTP 200 \{""ok"":true,""processed"":\d+,""skipped"":0\}: The body has no ""success"" field", r));
    }

    [Fact]
    public async Task A_reset_connection_fails_with_a_clear_reason_instead_of_an_exception()
    {
        await using var cm = await FakeChannelManager.StartAsync((context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        var result = await RunAsync("INV-01", cm.Endpoints);

        AssertFailedBecause(result, "INV-01", "closed the connection without answering");
    }

    [Fact]
    public async Task A_10_MB_answer_announced_by_Content_Length_is_refused_without_reading_it()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 10 * 1024 * 1024;
            await context.Response.Body.WriteAsync(new byte[64 * 1024], context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await HangAsync(context);
        });
        var clock = Stopwatch.StartNew();

        // The rest of the answer never comes: a run that waited for it would end only at the timeout, and on that.
        var result = await RunAsync("INV-01", cm.Endpoints, Lenient());

        AssertFailedBecause(result, "INV-01", "larger than 1024 KB");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(Lenient().TimeoutSeconds), $"Waited {clock.Elapsed} for an answer it should not read.");
    }

    [Fact]
    public async Task A_10_MB_chunked_answer_is_cut_after_the_size_cap_without_waiting_for_the_rest()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var sent = 0; sent < 2 * 1024 * 1024; sent += chunk.Length)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await HangAsync(context);
        });
        var clock = Stopwatch.StartNew();

        var result = await RunAsync("INV-01", cm.Endpoints, Lenient());

        AssertFailedBecause(result, "INV-01", "larger than 1024 KB");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(Lenient().TimeoutSeconds), $"Waited {clock.Elapsed}: the rest of the answer was never sent.");
        Assert.True(result.Evidence[0].ResponseBody.Length <= 1024 * 1024, $"Kept {result.Evidence[0].ResponseBody.Length} characters of the answer.");
    }

    [Fact]
    public async Task A_good_answer_slower_than_the_budget_fails_on_the_budget()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5), context.RequestAborted);
            await FakeChannelManager.JsonAsync(context, Accepted);
        });
        await WarmedUp.Value;

        // The timeout is far from the answer's 1.5 s: on a busy machine the answer must still be late, never timed out.
        var result = await RunAsync("INV-01", cm.Endpoints, new() { TimeoutSeconds = 10, ResponseBudgetSeconds = BudgetSeconds });

        AssertFailedBecause(result, "INV-01", $"the budget is {BudgetSeconds} s");
        Assert.Single(result.Reasons);
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed()
    {
        await using var cm = await FakeChannelManager.StartAsync((context, request) =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = $"http://localhost:{context.Request.Host.Port}{request.Path}";
            return Task.CompletedTask;
        });

        var result = await RunAsync("INV-01", cm.Endpoints);

        AssertFailedBecause(result, "INV-01", "HTTP 307", "another host", "give Mews the final URL");
        Assert.Equal(1, cm.RequestCount);
    }

    [Fact]
    public async Task A_302_on_the_same_host_is_refused_because_it_turns_the_POST_into_a_GET()
    {
        await using var cm = await FakeChannelManager.StartAsync((context, request) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/moved/" + request.Operation;
            return Task.CompletedTask;
        });

        var result = await RunAsync("INV-01", cm.Endpoints);

        AssertFailedBecause(result, "INV-01", "HTTP 302", "turns Mews' POST into a GET");
        Assert.Equal(1, cm.RequestCount);
    }

    [Fact]
    public async Task A_307_on_the_same_host_is_followed_with_the_same_POST()
    {
        await using var cm = await FakeChannelManager.StartAsync((context, request) =>
        {
            if (request.Path.StartsWith("/moved/", StringComparison.Ordinal))
                return FakeChannelManager.JsonAsync(context, Accepted);
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = "/moved/" + request.Operation;
            return Task.CompletedTask;
        });

        var result = await RunAsync("INV-01", cm.Endpoints);

        Assert.True(result.Passed, string.Join("\n", result.Reasons));
        var requests = cm.Requests.ToList();
        Assert.Equal(["/cm/updateAvailability", "/moved/updateAvailability"], requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal("POST", r.Method));
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_fails_saying_nothing_answered_or_it_was_refused_or_filtered()
    {
        Uri address;
        await using (var gone = await LoopbackServer.StartAsync(_ => { }))
            address = gone.BaseAddress;

        var result = await RunAsync("INV-01", CmEndpoints.FromBase(address + "cm"));

        AssertFailedBecause(result, "INV-01", $"Could not connect to 127.0.0.1:{address.Port}: nothing answered, or the connection was refused or filtered.");
    }

    [Fact]
    public async Task An_https_endpoint_with_an_untrusted_certificate_fails_with_the_TLS_reason()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost("/cm/{operation}", () => Results.Json(new { success = true })),
            certificate: certificate);
        var address = server.BaseAddress.ToString().TrimEnd('/');

        var result = await RunAsync("INV-01", CmEndpoints.FromBase(address + "/cm"));

        Assert.StartsWith("https://", address);
        AssertFailedBecause(result, "INV-01", "TLS handshake failed", "valid certificate");
    }

    [Theory]
    [InlineData("ERR-05", "updateRestrictions", "http://cm.example.com/x", "updateRestrictions: Mews calls endpoints over HTTPS only")]
    [InlineData("INV-02", "updatePrices", "", "There is no URL for updatePrices")]
    public async Task A_URL_that_is_missing_or_plain_http_outside_loopback_blocks_the_test_before_any_push_is_sent(
        string testId, string operation, string url, string message)
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(Accepted);
        var endpoints = cm.Endpoints;
        if (operation == "updatePrices")
            endpoints.UpdatePrices = url;
        else
            endpoints.UpdateRestrictions = url;

        var result = await RunAsync(testId, endpoints);

        Assert.False(result.Passed);
        Assert.NotNull(result.Blocked);
        Assert.Contains(message, result.Blocked);
        Assert.Empty(result.Evidence);
        Assert.Equal(0, cm.RequestCount);
    }

    [Fact]
    public async Task The_full_push_never_has_more_than_MaxConcurrency_requests_in_flight()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), context.RequestAborted);
            await FakeChannelManager.JsonAsync(context, Accepted);
        });
        var settings = new HarnessSettings { TimeoutSeconds = 10, ResponseBudgetSeconds = 5, MaxConcurrency = 3, MaxEntriesPerMessage = 100 };

        var result = await RunAsync("INV-06", cm.Endpoints, settings);

        Assert.True(result.Passed, string.Join("\n", result.Reasons));
        Assert.True(cm.RequestCount > 20, $"Only {cm.RequestCount} messages: too few to show the limit.");
        Assert.Equal(result.Evidence.Count, cm.RequestCount);
        Assert.Equal(settings.MaxConcurrency, cm.MaxInFlight);
    }

    [Fact]
    public async Task Cancelling_a_run_throws_quickly_instead_of_waiting_for_hanging_pushes()
    {
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var cm = await FakeChannelManager.StartAsync((context, _) =>
        {
            firstArrived.TrySetResult();
            return HangAsync(context);
        });
        var settings = new HarnessSettings { TimeoutSeconds = 30, MaxEntriesPerMessage = 100 };
        using var cancellation = new CancellationTokenSource();

        var run = RunAsync("INV-06", cm.Endpoints, settings, cancellation: cancellation.Token);
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        // Hanging pushes would hold it until their 30 s timeout.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(BusyMachineSeconds), $"Cancelling took {clock.Elapsed}.");
    }

    [Fact]
    public async Task Evidence_masks_the_tokens_and_the_curl_line_reads_them_from_variables()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            $$"""{"success":false,"errors":[{"code":10,"message":"Space type ZZZ is not mapped for connection {{ConnectionToken}}.","categoryCode":"ZZZ"}]}""");

        var result = await RunAsync("ERR-03", cm.Endpoints);

        Assert.True(result.Passed, string.Join("\n", result.Reasons));
        var sent = Assert.Single(cm.Requests).Body;
        Assert.Contains(ClientToken, sent);
        Assert.Contains(ConnectionToken, sent);
        var evidence = Assert.Single(result.Evidence);
        foreach (var token in new[] { ClientToken, ConnectionToken })
        {
            Assert.DoesNotContain(token, evidence.RequestBody);
            Assert.DoesNotContain(token, evidence.ResponseBody);
            Assert.DoesNotContain(token, evidence.ReplayCommand());
        }
        Assert.Contains(TokenMask.Mask(ClientToken), evidence.RequestBody);
        Assert.Contains(TokenMask.Mask(ConnectionToken), evidence.ResponseBody);
        Assert.Contains("${MEWS_CLIENT_TOKEN}", evidence.ReplayCommand());
        Assert.Contains("${MEWS_CONNECTION_TOKEN}", evidence.ReplayCommand());
    }

    [Fact]
    public async Task A_token_the_CM_quotes_in_an_error_message_is_masked_in_the_reasons_too()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(
            $$"""{"success":false,"errors":[{"code":6,"message":"Connection {{ConnectionToken}} sent something odd."}]}""");

        var result = await RunAsync("INV-01", cm.Endpoints);

        Assert.False(result.Passed);
        Assert.All(result.Reasons.Concat(result.Evidence.SelectMany(e => e.Reasons)), reason => Assert.DoesNotContain(ConnectionToken, reason));
        Assert.Contains(result.Reasons, reason => reason.Contains(TokenMask.Mask(ConnectionToken)));
    }

    [Fact]
    public async Task A_CM_that_refuses_a_whole_full_push_keeps_one_message_whole_per_problem_and_the_start_of_the_rest()
    {
        await using var cm = await FakeChannelManager.StartAsync((context, _) => FakeChannelManager.JsonAsync(context, "oops", 500));
        var settings = new HarnessSettings { TimeoutSeconds = 10, ResponseBudgetSeconds = 10, MaxEntriesPerMessage = 50 };

        var result = await RunAsync("INV-06", cm.Endpoints, settings);

        Assert.False(result.Passed);
        Assert.True(result.Evidence.Count > 20, $"{result.Evidence.Count} messages");
        var whole = result.Evidence.Where(e => !e.RequestCut && e.RequestBytes > EvidenceBudget.PartBytes).ToList();
        Assert.Equal(["updateAvailability", "updatePrices", "updateRestrictions"], whole.Select(e => e.Label.Split(' ')[0]).Order());
        Assert.All(result.Evidence.Where(e => e.RequestCut), e => Assert.True(e.RequestBody.Length < EvidenceBudget.PartBytes + 200, $"{e.Label} kept {e.RequestBody.Length}"));
    }

    [Fact]
    public async Task The_reference_channel_manager_passes_every_harness_test()
    {
        await using var cm = await FakeChannelManager.StartReferenceAsync();
        var settings = new HarnessSettings { TimeoutSeconds = 10, ResponseBudgetSeconds = 5 };

        var results = new List<HarnessVerdict>();
        foreach (var test in HarnessTests.All)
            results.Add(await RunAsync(test.Id, cm.Endpoints, settings));

        Assert.Equal(HarnessTests.All.Select(t => t.Id), results.Select(r => r.TestId));
        Assert.Empty(results.Where(r => !r.Passed).Select(r => $"{r.TestId}: {string.Join(" | ", r.Reasons)}"));
    }
}
