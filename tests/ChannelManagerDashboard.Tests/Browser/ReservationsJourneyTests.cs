using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// The reservation tests in real Chromium with the built-in Mews: the reference CM books RES-01, the dashboard confirms it on
/// the CM's endpoint and a person confirms their half; RES-02 keeps the confirmation number. Then a CM sends over real HTTP:
/// a booking with a bad card fails with its reason, and ERR-06 catches an invalid booking sent twice.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class ReservationsJourneyTests(BrowserFixture browser) : IDisposable
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task RES_01_passes_needs_a_check_and_is_confirmed_then_RES_02_keeps_its_confirmation_number()
    {
        var app = browser.App;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var projectId = await page.CreateProjectAsync(app.BaseAddress, "Reservations journey", endpointBaseUrl: "");
        await page.ConnectToSimulatorAsync(app.BaseAddress, projectId);
        await page.ImportDemoMappingAsync(app.BaseAddress, projectId, browser.DataFolder);

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/reservations");
        await Expect(page.Locator("#process-group-address")).ToHaveTextAsync(new Uri(app.BaseAddress, "/simulator/mews/pci-proxy/v1/push/processGroup").ToString());
        await Expect(page.Locator(".reservation-card")).ToHaveCountAsync(14);
        var first = page.Locator("#reservation-RES-01");
        await Expect(first).ToContainTextAsync("2 adults and 1 child");
        await Expect(page.Locator("#reservation-RES-13")).ToContainTextAsync("optional");
        await Expect(page.Locator("#reservation-RES-02")).ToContainTextAsync("changes the RES-01 booking");

        await first.Locator(".start-test").ClickAsync();
        await Expect(page.Locator("#reservation-phase")).ToContainTextAsync("Waiting for the channel manager's Process group for RES-01");
        // The wait opens on the card whose button was clicked, in view, with focus in it.
        await Expect(first.Locator("#reservation-phase")).ToBeInViewportAsync();
        await Expect(page.Locator("#reservation-phase")).ToBeFocusedAsync();
        await Expect(page.Locator("#reservation-elapsed")).ToContainTextAsync("elapsed");
        await page.ClickAsync("#reference-send");
        await Expect(page.Locator("#reservations-status")).ToContainTextAsync("RES-01 passed, needs your check");
        await Expect(first.Locator("#reservations-status")).ToBeInViewportAsync();
        await Expect(first).ToHaveAttributeAsync("data-needs-check", "true");
        var facts = page.Locator("#run-facts");
        await Expect(facts).ToContainTextAsync("Card Visa ••••••••••••1111");
        await Expect(facts).ToContainTextAsync("2 Adult, 1 Child; with Bram de Vries");
        var number = NumberOf(await facts.InnerTextAsync());
        // The evidence keeps no card number and no CVV.
        await page.Locator("#run-details .exchange-toggle").First.ClickAsync();
        await Expect(page.Locator("#run-details .code-block").First).Not.ToContainTextAsync("4111111111111111");

        await first.Locator(".confirm-check").ClickAsync();
        await Expect(first).ToHaveAttributeAsync("data-needs-check", "false");
        await Expect(first).ToHaveAttributeAsync("data-status", "Passed");

        var second = page.Locator("#reservation-RES-02");
        await second.Locator(".start-test").ClickAsync();
        await page.ClickAsync("#reference-send");
        await Expect(page.Locator("#reservations-status")).ToContainTextAsync("RES-02 passed, needs your check");
        await Expect(facts).ToContainTextAsync($"Reservation 01 = Mews {number}, modified");

        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/tests");
        await Expect(page.TestRow("RES-01").Locator("[data-status='Passed']")).ToBeVisibleAsync();
        await Expect(page.TestRow("RES-02")).ToContainTextAsync("passed, needs your check");
    }

    [Fact]
    public async Task A_booking_sent_over_HTTP_is_judged_and_ERR_06_catches_an_invalid_booking_sent_twice()
    {
        await using var app = await AppProcess.StartAsync(data.Path, new Dictionary<string, string> { ["Reservations__ResendWatchSeconds"] = "20" });
        await using var context = await browser.NewContextAsync(app);
        var page = await context.NewPageAsync();
        var projectId = await page.CreateProjectAsync(app.BaseAddress, "Reservations over HTTP", endpointBaseUrl: "");
        await page.ConnectToSimulatorAsync(app.BaseAddress, projectId);
        await page.ImportDemoMappingAsync(app.BaseAddress, projectId, data.Path);
        await page.OpenAsync(app.BaseAddress, $"/projects/{projectId}/reservations");
        using var cm = new HttpClient { BaseAddress = app.BaseAddress };
        var token = await page.Locator("#process-group-token").InnerTextAsync();

        // RES-01 as a CM that sends cvv 000. A good booking sent first with the simulator's public token is anyone's, not this project's.
        var booking = Example(await page.Locator("#reservation-RES-01 .code-block-body").TextContentAsync(), token);
        var anyones = booking.DeepClone().AsObject();
        anyones["connectionToken"] = Seed.Connections.First(c => c.Active).Token;
        booking["paymentCard"]!["cvv"] = "000";
        await page.Locator("#reservation-RES-01 .start-test").ClickAsync();
        await Expect(page.Locator("#reservation-phase")).ToBeVisibleAsync();
        Assert.True((await SendAsync(cm, anyones))["success"]!.GetValue<bool>());
        var accepted = await SendAsync(cm, booking);
        Assert.True(accepted["success"]!.GetValue<bool>());
        await Expect(page.Locator("#reservations-status")).ToContainTextAsync("RES-01 failed: `paymentCard.cvv` is 000");
        await Expect(page.Locator("#reservation-RES-01")).ToHaveAttributeAsync("data-status", "Failed");

        // ERR-06: the example departs before it arrives; Mews refuses it with code 7, and the CM sends it again.
        var invalid = Example(await page.Locator("#reservation-ERR-06 .code-block-body").TextContentAsync(), token);
        await page.Locator("#reservation-ERR-06 .start-test").ClickAsync();
        await Expect(page.Locator("#reservation-phase")).ToContainTextAsync("Waiting");
        var refused = await SendAsync(cm, invalid);
        Assert.Equal(7, refused["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Contains("is not before end date", refused["errors"]![0]!["message"]!.GetValue<string>());
        await Expect(page.Locator("#reservation-phase")).ToContainTextAsync("Watching for the same booking to come again");
        invalid["messageId"] = "msg-resent";
        await SendAsync(cm, invalid);
        await Expect(page.Locator("#reservations-status")).ToContainTextAsync("resent an invalid booking unchanged at");
        await Expect(page.Locator("#reservation-ERR-06")).ToHaveAttributeAsync("data-status", "Failed");

        // Paste mode: an unreadable paste is sent back with the text kept; the real messages are judged.
        var net = await page.Locator("#reservation-RES-04 .code-block-body").TextContentAsync();
        await page.Locator("#reservation-RES-04 .paste-test").ClickAsync();
        await Expect(page.Locator("#reservation-RES-04 #paste-form")).ToBeInViewportAsync();
        await Expect(page.Locator("#pasted-group")).ToBeFocusedAsync();
        await page.EnterAsync("#pasted-group", net!);
        await page.EnterAsync("#pasted-confirmation", "{\"relatedMessageId\":");
        await page.ClickAsync("#judge-pasted");
        await Expect(page.Locator("#reservations-status")).ToContainTextAsync("The Confirm booking is not valid JSON");
        await Expect(page.Locator("#reservation-RES-04 #reservations-status")).ToBeInViewportAsync();
        await Expect(page.Locator("#pasted-group")).ToHaveValueAsync(net!);
        var group = JsonNode.Parse(net!)!;
        await page.EnterAsync("#pasted-confirmation",
            $$"""{"relatedMessageId":"{{group["messageId"]}}","channelManagerId":"{{group["channelManagerId"]}}","reservations":[{"code":"01","confirmationNumber":"5521"}]}""");
        await page.ClickAsync("#judge-pasted");
        await Expect(page.Locator("#reservations-status")).ToContainTextAsync("RES-04 passed, needs your check");
        await Expect(page.Locator("#run-facts")).ToContainTextAsync("Reservation 01 = Mews 5521");
        await Expect(page.Locator("#paste-form")).ToHaveCountAsync(0);
    }

    /// <summary>A scenario's example with the simulator's client token and the project's own connection token, as the CM would send it.</summary>
    private static JsonObject Example(string? text, string connectionToken)
    {
        var group = JsonNode.Parse(text!)!.AsObject();
        group["clientToken"] = Seed.ClientToken;
        group["connectionToken"] = connectionToken;
        return group;
    }

    private static async Task<JsonObject> SendAsync(HttpClient cm, JsonObject group)
    {
        using var response = await cm.PostAsJsonAsync("/simulator/mews/pci-proxy/v1/push/processGroup", group);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static string NumberOf(string facts) => MewsNumber().Match(facts) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException(facts);

    [GeneratedRegex(@"Reservation 01 = Mews (\d+)")]
    private static partial Regex MewsNumber();
}
