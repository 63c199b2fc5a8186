using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Features.Reservations.Scenarios;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

/// <summary>The reservation flow below the UI: a real SQLite file, the simulator in process, the CM's endpoints on loopback.</summary>
[Collection(HarnessCollection.Name)]
public sealed class ReservationFlowTests : LoopbackCmTest
{
    private static readonly string[] Series = ["RES-01", "RES-02", "RES-03", "RES-04", "RES-05", "RES-06", "RES-07", "RES-08", "RES-09", "RES-10", "RES-11", "RES-12", "RES-13"];

    private readonly ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator simulator;

    public ReservationFlowTests(FakeMewsFixture fixture) : base(fixture) =>
        simulator = new ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator(Seed, bookings: new BookingInbox(TimeProvider.System), connections: FakeMews.Connections);

    protected override void MapOtherRoutes(WebApplication app)
    {
        app.MapPost("/refusing/confirmGroup", () => Results.Json(new { success = false, errors = new[] { new { code = 2, message = "Reservation 1234567 is not recorded in the channel manager." } } }));
        app.MapPost("/broken/confirmGroup", () => Results.StatusCode(500));
    }

    /// <summary>The reservation services as the app wires them.</summary>
    private sealed record Parts(ReservationsViewLoader Views, LiveReservationPlay Live, PastedMessagesJudge Paste, ReferenceCmSender Reference, RefusedBookingWatch Watch);

    private Parts Reservations(int resendWatchSeconds = 1)
    {
        var caller = new CmRequestSender(CmRequestSender.CreateHttpClient(LoopbackRule.Allowed));
        var harness = new HarnessSettings();
        var self = new SelfAddress(Cm.Server);
        var baseUrls = new MewsBaseUrls(Options.Create(new MewsApiOptions()), self, MewsSimulatorExtensions.OwnPath);
        var runStore = RunStore(harness);
        var settings = new ReservationSettings { WaitMinutes = 1, ResendWatchSeconds = resendWatchSeconds };
        var runs = new ReservationRuns(Database.Factory);
        var setup = new ReservationSetup(Database.Factory, Mapping, Mews.Connections, simulator, baseUrls, runs, TimeProvider.System);
        var watch = new RefusedBookingWatch(setup, simulator, self, settings, TimeProvider.System, new ListLogger<RefusedBookingWatch>());
        return new Parts(
            new ReservationsViewLoader(setup, runs, Services.Tracker, Mews.Connections, simulator, baseUrls),
            new LiveReservationPlay(setup, simulator, new SimulatorConfirmation(caller, harness, self, TimeProvider.System), watch, runStore, settings, TimeProvider.System),
            new PastedMessagesJudge(setup, Mews.Connections, runStore, TimeProvider.System),
            new ReferenceCmSender(setup, Cm.App.Services.GetRequiredService<ReferenceChannelManager>(), simulator, TimeProvider.System, new ListLogger<ReferenceCmSender>()),
            watch);
    }

    /// <returns>A Simulator project whose endpoints are <paramref name="basePath"/> on the loopback CM, connected and fetched.</returns>
    private async Task<int> ReadyAsync(string basePath = "reference-cm") => (await ConnectedAsync(basePath)).Project;

    /// <summary>Starts a test, and once it waits, lets <paramref name="send"/> send the booking.</summary>
    private static async Task<Result<HarnessVerdict>> PlayAsync(Parts service, int projectId, string testId, Func<Task> send)
    {
        var waiting = new TaskCompletionSource();
        var progress = new Reported(p =>
        {
            if (p.Text.StartsWith("Waiting", StringComparison.Ordinal))
                waiting.TrySetResult();
        });
        var played = service.Live.PlayAsync(projectId, testId, "Jana", progress, CancellationToken.None);
        await Task.WhenAny(waiting.Task, played);
        if (!played.IsCompleted)
            await send();
        return await played;
    }

    [Fact]
    public async Task The_reference_CMs_whole_series_passes_end_to_end_and_each_pass_waits_for_a_persons_check()
    {
        var project = await ReadyAsync();
        var service = Reservations();

        foreach (var testId in Series)
        {
            var played = await PlayAsync(service, project, testId, async () => Assert.Null((await service.Reference.SendAsync(project, testId)).Error()));

            Assert.Null(played.Error());
            var result = played.Value!;
            Assert.True(result.Passed, $"{testId}: {string.Join("; ", result.Reasons)}");
            Assert.Equal([ReservationEvidence.ProcessGroupLabel, ReservationEvidence.ConfirmLabel], result.Evidence.Select(e => e.Label));
        }
        var rows = (await Services.Tracker.ListAsync(project)).Where(r => Series.Contains(r.Test.Id)).ToList();
        Assert.All(rows, r => Assert.True(r is { Status: TestStatus.Passed, NeedsHumanCheck: true }, $"{r.Test.Id}: {r.StatusText}"));
        // Each note names its reservation test, not Play Mews.
        Assert.StartsWith("Reservation test RES-01 (Single gross reservation) ", rows.Single(r => r.Test.Id == "RES-01").Notes);
        Assert.All(rows, r => Assert.DoesNotContain("Play Mews", r.Notes));
        var view = (await service.Views.LoadAsync(project))!;
        Assert.Equal(Series.Order(), view.Latest.Keys.Order());
    }

    [Fact]
    public async Task Only_a_booking_with_the_projects_own_token_feeds_its_waiting_test_not_the_public_token_nor_another_projects()
    {
        var project = await ReadyAsync();
        var other = await ReadyAsync();
        var service = Reservations();
        JsonObject Booking(string messageId, string token)
        {
            var group = Example(project, "RES-01", token);
            group["messageId"] = messageId;
            return group;
        }

        var played = await PlayAsync(service, project, "RES-01", () =>
        {
            foreach (var (messageId, token) in new[] { ("from-anyone", FakeMews.MainConnection), ("from-the-other-project", OwnToken(other)), ("from-this-project", OwnToken(project)) })
                Assert.True(simulator.ProcessGroup("application/json", Booking(messageId, token).ToJsonString())["success"]!.GetValue<bool>());
            return Task.CompletedTask;
        });

        // The test judged this project's booking, the third to arrive.
        Assert.Contains("\"messageId\":\"from-this-project\"", played.Value!.Evidence[0].RequestBody);
    }

    [Fact]
    public async Task A_project_still_on_the_public_token_is_told_to_pick_its_connection_again()
    {
        var project = await ReadyAsync();
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            var connection = db.PropertyConnections.Single(c => c.ProjectId == project && c.RemovedAt == null);
            connection.ProtectedToken = new ChannelManagerDashboard.Data.TokenProtector(
                Microsoft.AspNetCore.DataProtection.DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Database.Folder, "keys")))).Protect(FakeMews.MainConnection);
            await db.SaveChangesAsync();
        }
        var service = Reservations();

        var played = await service.Live.PlayAsync(project, "RES-01", "Jana", null, CancellationToken.None);

        Assert.Equal(ReservationSetup.PublicTokenProblem, played.Message);
        Assert.Null((await service.Views.LoadAsync(project))!.OwnToken);
    }

    [Fact]
    public async Task A_modification_before_its_original_passed_says_to_run_the_original_first()
    {
        var project = await ReadyAsync();

        var played = await Reservations().Live.PlayAsync(project, "RES-02", "Jana", null, CancellationToken.None);

        Assert.Contains("pass RES-01 first", played.Message);
    }

    [Theory]
    [InlineData("refusing", "Confirm booking: ")]
    [InlineData("broken", "Confirm booking: ")]
    public async Task A_CM_that_does_not_accept_the_Confirm_booking_fails_the_test(string basePath, string reason)
    {
        var project = await ReadyAsync(basePath);
        var service = Reservations();
        var booking = Example(project, "RES-01");

        var played = await PlayAsync(service, project, "RES-01", () => Task.FromResult(simulator.ProcessGroup("application/json", booking.ToJsonString())));

        var result = played.Value!;
        Assert.False(result.Passed);
        Assert.Contains(result.Reasons, r => r.StartsWith(reason, StringComparison.Ordinal));
        // The card and the tokens are not in the evidence.
        Assert.DoesNotContain("4111111111111111", result.Evidence[0].RequestBody);
        Assert.DoesNotContain(OwnToken(project), result.Evidence[0].RequestBody + result.Evidence[1].RequestBody);
    }

    [Fact]
    public async Task ERR_06_passes_when_the_refused_booking_does_not_come_again_and_fails_when_it_does()
    {
        var project = await ReadyAsync();
        var service = Reservations(resendWatchSeconds: 2);

        var quiet = await PlayAsync(service, project, "ERR-06", async () => await service.Reference.SendAsync(project, "ERR-06"));
        Assert.True(quiet.Value!.Passed, string.Join("; ", quiet.Value.Reasons));
        Assert.Contains(quiet.Value.Facts, f => f.Contains("with code 7", StringComparison.Ordinal));
        Assert.Contains(quiet.Value.Facts, f => f.Contains("No resend of the refused booking in 2 seconds", StringComparison.Ordinal));

        var noisy = await PlayAsync(service, project, "ERR-06", async () =>
        {
            await service.Reference.SendAsync(project, "ERR-06");
            await service.Reference.SendAsync(project, "ERR-06");
        });
        Assert.Contains(noisy.Value!.Reasons, r => r.Contains("resent an invalid booking unchanged at", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_ERR_06_switch_refuses_one_good_booking_with_code_7_and_turns_itself_off()
    {
        var project = await ReadyAsync();
        var service = Reservations();
        Assert.Null((await service.Watch.RefuseNextAsync(project, true)).Error());
        Assert.True((await service.Views.LoadAsync(project))!.RefusesNext);

        var refused = simulator.ProcessGroup("application/json", Example(project, "RES-01").ToJsonString());
        var accepted = simulator.ProcessGroup("application/json", Example(project, "RES-01").ToJsonString());

        Assert.Equal(7, refused["errors"]![0]!["code"]!.GetValue<int>());
        Assert.True(accepted["success"]!.GetValue<bool>());
        Assert.False((await service.Views.LoadAsync(project))!.RefusesNext);
    }

    [Fact]
    public async Task Pasted_messages_are_judged_by_the_same_rules_and_a_modification_must_keep_the_pasted_numbers()
    {
        var project = await ReadyAsync();
        var service = Reservations();
        var original = Example(project, "RES-04");
        var modified = Example(project, "RES-05");
        static string Confirmation(JsonObject group, string number) =>
            $$"""{"relatedMessageId":"{{group["messageId"]}}","channelManagerId":"{{group["channelManagerId"]}}","reservations":[{"code":"01","confirmationNumber":"{{number}}"}]}""";

        var unreadable = await service.Paste.JudgeAsync(project, "RES-04", "{\"messageId\":", Confirmation(original, "5521"), "Jana");
        var first = await service.Paste.JudgeAsync(project, "RES-04", original.ToJsonString(), Confirmation(original, "5521"), "Jana");
        var renumbered = await service.Paste.JudgeAsync(project, "RES-05", modified.ToJsonString(), Confirmation(modified, "6000"), "Jana");

        Assert.Contains("The Process group is not valid JSON", unreadable.Message);
        Assert.True(first.Value!.Passed, string.Join("; ", first.Value.Reasons));
        Assert.Contains(first.Value.Facts, f => f.Contains("Reservation 01 = Mews 5521", StringComparison.Ordinal));
        Assert.Contains(renumbered.Value!.Reasons, r => r.Contains("confirmation number 6000, not 5521 as in the RES-04 booking", StringComparison.Ordinal));
        Assert.DoesNotContain("4111111111111111", renumbered.Value.Evidence[0].RequestBody);
        // The unreadable paste was sent back, not kept: RES-04's history holds the one judged run.
        await using var db = await Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, db.HarnessRuns.Count(r => r.ProjectId == project && r.TestId == "RES-04"));
    }

    private static string OwnToken(int projectId) => FakeMews.Connections.ForProject(projectId, FakeMews.MainConnection);

    /// <param name="connectionToken">What the CM sends it with; the project's own token when not given.</param>
    private JsonObject Example(int projectId, string testId, string? connectionToken = null)
    {
        var scenario = ScenarioBuilder.Build(ReservationTest.Find(testId)!, new ScenarioInputs(projectId,
            ChannelManagerDashboard.Domain.Inventory.PropertyProfileData.Parse(Seed.Response("getConfiguration").ToJsonString())!, [],
            new Dictionary<string, string>(), new Dictionary<string, string>(), [new MewsChannel(1, "Booking.com")], DateOnly.FromDateTime(DateTime.UtcNow)));
        var group = scenario.Payload!;
        group["clientToken"] = Seed.ClientToken;
        group["connectionToken"] = connectionToken ?? OwnToken(projectId);
        return group;
    }

    /// <summary>Reports on the caller's thread, so the test sees the wait begin before it sends.</summary>
    private sealed class Reported(Action<ReservationPhase> report) : IProgress<ReservationPhase>
    {
        public void Report(ReservationPhase value) => report(value);
    }
}
