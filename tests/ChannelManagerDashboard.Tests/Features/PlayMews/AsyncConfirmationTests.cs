using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>
/// A CM that answers asyncConfirmation true must later confirm through M6–M8 at the push's responseUrl: here the
/// simulator, on the same loopback server as the fake CM.
/// </summary>
[Collection(HarnessCollection.Name)]
public sealed class AsyncConfirmationTests : IAsyncDisposable
{
    private static readonly SimulatorSeed Seed = FakeChannelManager.Seed;
    private static readonly string ConnectionToken = Seed.Connections.First(c => c.Active).Token;

    private readonly CmRequestSender sender = new(CmRequestSender.CreateHttpClient(LoopbackRule.Allowed));
    private readonly HttpClient cmOutbound = new();
    private LoopbackServer? server;

    /// <summary>What the fake CM sends back later, given the push; null sends nothing.</summary>
    private Func<JsonObject, (string Operation, bool Success)?> confirm = _ => null;

    private async Task<HarnessVerdict> RunAsync(string testId)
    {
        server = await LoopbackServer.StartAsync(app =>
        {
            app.MapMewsSimulator();
            app.MapPost("/cm/{operation}", async (HttpContext context) =>
            {
                var push = (await context.Request.ReadFromJsonAsync<JsonObject>())!;
                if (confirm(push) is var (operation, success))
                    _ = ConfirmLaterAsync(push, operation, success);
                return Results.Json(new { success = true, asyncConfirmation = true });
            });
        }, services => services.AddSingleton(Seed).AddSingleton<ConfirmationInbox>().AddSingleton<ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator>());
        var profile = PropertyProfileData.Parse(Seed.Response("getConfiguration").ToJsonString())!;
        var scope = new HarnessScope(profile, HarnessScope.AllPushed(profile), Seed.ClientToken, ConnectionToken, "INACTIVE-0000000000",
            DateOnly.FromDateTime(DateTime.UtcNow), new Uri(server.BaseAddress, "/simulator/mews").ToString(),
            server.App.Services.GetRequiredService<ConfirmationInbox>());
        var runner = new HarnessRunner(sender, new HarnessSettings { ConfirmationWaitSeconds = 2 }, TimeProvider.System);
        return await runner.RunAsync(testId, CmEndpoints.FromBase(new Uri(server.BaseAddress, "/cm").ToString()), scope, null, CancellationToken.None);
    }

    /// <summary>Sends the confirmation as a CM would: to the push's responseUrl, or to another confirmation operation.</summary>
    private async Task ConfirmLaterAsync(JsonObject push, string operation, bool success)
    {
        await Task.Delay(50);
        var responseUrl = push["responseUrl"]!.GetValue<string>();
        var url = responseUrl[..(responseUrl.LastIndexOf('/') + 1)] + operation;
        var body = new JsonObject
        {
            ["clientToken"] = push["clientToken"]!.GetValue<string>(),
            ["connectionToken"] = push["connectionToken"]!.GetValue<string>(),
            ["relatedMessageId"] = push["messageId"]!.GetValue<string>(),
            ["success"] = success,
        };
        if (!success)
            body["errors"] = new JsonArray(new JsonObject { ["code"] = 10, ["message"] = "Space type SGL is not mapped.", ["categoryCode"] = "SGL" });
        (await cmOutbound.PostAsJsonAsync(url, body)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_push_confirmed_with_success_through_its_responseUrl_passes_with_a_note()
    {
        confirm = _ => ("processAvailabilityConfirmation", true);

        var result = await RunAsync("INV-01");

        Assert.True(result.Passed, string.Join("\n", result.Reasons));
        Assert.Contains(result.Evidence[0].Notes, n => n.StartsWith("Confirmed through processAvailabilityConfirmation"));
    }

    [Fact]
    public async Task A_push_confirmed_as_failed_fails_with_what_the_CM_said()
    {
        confirm = _ => ("processRateConfirmation", false);

        var result = await RunAsync("INV-02");

        Assert.False(result.Passed);
        Assert.Contains(result.Reasons, r => r.Contains("confirmed the push as failed through processRateConfirmation") && r.Contains("Space type SGL is not mapped."));
    }

    [Fact]
    public async Task A_push_never_confirmed_fails_after_the_wait_naming_the_operation_and_messageId()
    {
        var result = await RunAsync("INV-04");

        Assert.False(result.Passed);
        var messageId = result.Evidence[0].RequestBody.Split("\"messageId\":\"")[1].Split('"')[0];
        Assert.Contains(result.Reasons, r => r.Contains("sent no confirmation to its responseUrl within 2 s") && r.Contains($"processRestrictionConfirmation with relatedMessageId {messageId}"));
        Assert.StartsWith($"Expected success true (HTTP 200, {{\"success\": true}}), then processRestrictionConfirmation with relatedMessageId {messageId} and success true; got HTTP 200",
            result.Evidence[0].Finding());
    }

    [Fact]
    public async Task A_confirmation_through_the_wrong_operation_fails()
    {
        confirm = _ => ("processRateConfirmation", true);

        var result = await RunAsync("INV-01");

        Assert.Contains(result.Reasons, r => r.Contains("came through processRateConfirmation; a updateAvailability push is confirmed through processAvailabilityConfirmation"));
    }

    public async ValueTask DisposeAsync()
    {
        cmOutbound.Dispose();
        if (server is not null)
            await server.DisposeAsync();
    }
}
