using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>Play Mews below the UI: a real SQLite file, the simulator and the reference CM on loopback.</summary>
[Collection(HarnessCollection.Name)]
public sealed class PlayMewsServiceTests : LoopbackCmTest
{
    private static readonly string[] PushTests = ["INV-01", "INV-02", "INV-03", "INV-04", "INV-05", "INV-06", "ERR-02", "ERR-03", "ERR-04", "ERR-05"];

    private readonly CmRequestSender sender = new(CmRequestSender.CreateHttpClient(LoopbackRule.Allowed));
    private int faultyCalls;

    public PlayMewsServiceTests(FakeMewsFixture fixture) : base(fixture)
    {
    }

    protected override void MapOtherRoutes(WebApplication app) => app.MapPost("/faulty/{operation}", () =>
    {
        Interlocked.Increment(ref faultyCalls);
        return Results.StatusCode(500);
    });

    private PlayMewsService PlayMews(HarnessSettings? settings = null) => PlayMews(sender, settings ?? new HarnessSettings(),
        new MewsBaseUrls(Options.Create(new MewsApiOptions { SimulatorBaseUrl = new Uri(Fixture.Mews.Server.BaseAddress, "/simulator/mews").ToString() }), new SelfAddress(Cm.Server), MewsSimulatorExtensions.OwnPath));

    /// <returns>A Simulator project whose endpoints are <paramref name="basePath"/> on the loopback CM, connected, fetched and mapped.</returns>
    private async Task<(int Project, int Connection)> ReadyAsync(string basePath = "reference-cm", bool mapped = true)
    {
        var (id, connection) = await ConnectedAsync(basePath);
        if (mapped)
        {
            var catalog = new ImportCatalogEdit([.. Mappings.Catalog().Rooms.Select(r => new CatalogEntry(CmCodeKind.Room, r.Code, r.Name)),
                .. Mappings.Catalog().Rates.Select(r => new CatalogEntry(CmCodeKind.Rate, r.Code, r.Name))]);
            var (file, _) = MappingFile.Parse(MappingExport.Csv(Mappings.Demo(), Mappings.Everything()));
            foreach (var edit in new MappingEdit[] { catalog, new ImportMappingEdit(file!) })
            {
                var outcome = await Mapping.ApplyAsync(id, connection, (await Mapping.LoadAsync(id, connection))!.Version, edit, "Jana");
                Assert.Equal(ResultKind.Done, outcome.Kind);
            }
        }
        return (id, connection);
    }

    private async Task<TestRow> TrackerRowAsync(int projectId, string testId) =>
        (await Services.Tracker.ListAsync(projectId)).Single(r => r.Test.Id == testId);

    [Fact]
    public async Task Every_push_test_passes_against_the_reference_CM_and_the_tracker_and_history_record_it()
    {
        var ids = await ReadyAsync();
        var service = PlayMews();

        var run = await service.RunAsync(ids.Project, ids.Connection, PushTests, "", "Jana", null, CancellationToken.None);

        Assert.Null(run.Error());
        Assert.All(run.Value!, r => Assert.True(r.Passed, $"{r.TestId}: {string.Join("; ", r.Reasons)}"));
        var inv01 = await TrackerRowAsync(ids.Project, "INV-01");
        Assert.Equal(TestStatus.Passed, inv01.Status);
        Assert.Contains("Still check by hand: The availability shows in your extranet", inv01.Notes);
        Assert.Equal("Jana", inv01.UpdatedBy);
        var view = (await service.LoadAsync(ids.Project, ids.Connection))!;
        Assert.Equal(PushTests.Order(), view.Latest.Keys.Order());
        Assert.Equal(23, view.Combinations.Count);
    }

    [Fact]
    public async Task Runs_past_the_retention_limit_are_deleted_oldest_first_and_the_page_says_what_is_kept()
    {
        var ids = await ReadyAsync();
        var service = PlayMews(new HarnessSettings { KeptRunsPerTest = 2 });

        for (var i = 0; i < 3; i++)
            await service.RunAsync(ids.Project, ids.Connection, ["INV-01", "ERR-02"], "", "Jana", null, CancellationToken.None);

        var inv01 = await service.HistoryAsync(ids.Project, "INV-01");
        Assert.Equal(2, inv01.Count);
        Assert.Equal(2, (await service.HistoryAsync(ids.Project, "ERR-02")).Count);
        var view = (await service.LoadAsync(ids.Project, ids.Connection))!;
        Assert.Equal(4, view.Kept.Runs);
        Assert.True(view.Kept.Bytes > 0);
        Assert.Equal(inv01.Max(r => r.Id), view.Latest["INV-01"].Id);
    }

    [Fact]
    public async Task Stored_evidence_masks_the_tokens_and_its_cURL_line_reads_them_from_variables()
    {
        var ids = await ReadyAsync();
        var service = PlayMews();
        await service.RunAsync(ids.Project, ids.Connection, ["INV-01", "ERR-05"], "", "Jana", null, CancellationToken.None);

        foreach (var (testId, variable) in new[] { ("INV-01", "${MEWS_CONNECTION_TOKEN}"), ("ERR-05", "${MEWS_INACTIVE_CONNECTION_TOKEN}") })
        {
            var history = await service.HistoryAsync(ids.Project, testId);
            var result = await service.VerdictAsync(ids.Project, Assert.Single(history).Id);
            Assert.NotNull(result);
            Assert.All(result.Evidence, e =>
            {
                Assert.DoesNotContain(FakeMews.ClientToken, e.RequestBody);
                Assert.DoesNotContain(FakeMews.Connections.ForProject(ids.Project, FakeMews.MainConnection), e.RequestBody);
                Assert.DoesNotContain(FakeMews.DeactivatedConnection, e.RequestBody);
                Assert.Contains(TokenMask.Mask(FakeMews.ClientToken), e.RequestBody);
                Assert.Contains("${MEWS_CLIENT_TOKEN}", e.ReplayCommand());
                Assert.Contains(variable, e.ReplayCommand());
            });
        }
        // ERR-05 in Simulator mode uses the simulator's deactivated connection, which the reference CM reports as such.
        var err05 = await service.VerdictAsync(ids.Project, (await service.HistoryAsync(ids.Project, "ERR-05"))[0].Id);
        Assert.Contains("deactivated", err05!.Evidence[0].ResponseBody);
    }

    [Fact]
    public async Task A_typed_inactive_token_is_used_for_ERR_05_and_masked_in_the_evidence_however_short()
    {
        var ids = await ReadyAsync();
        var service = PlayMews();

        var run = await service.RunAsync(ids.Project, ids.Connection, ["ERR-05"], " OLD42 ", "Jana", null, CancellationToken.None);

        Assert.True(run.Value![0].Passed, string.Join("; ", run.Value![0].Reasons));
        var stored = await service.VerdictAsync(ids.Project, (await service.HistoryAsync(ids.Project, "ERR-05"))[0].Id);
        Assert.All(stored!.Evidence, e =>
        {
            Assert.Contains("\"connectionToken\":\"•••••\"", e.RequestBody);
            Assert.DoesNotContain("OLD42", e.RequestBody);
            Assert.Contains("not set up in the channel manager", e.ResponseBody);
        });
    }

    [Fact]
    public async Task A_failing_endpoint_fails_the_test_with_its_reason_in_the_tracker_and_history_lists_runs_newest_first()
    {
        var ids = await ReadyAsync("faulty");
        var service = PlayMews();

        await service.RunAsync(ids.Project, ids.Connection, ["INV-01"], "", "Jana", null, CancellationToken.None);
        Clock.Now = Clock.Now.AddMinutes(5);
        var second = await service.RunAsync(ids.Project, ids.Connection, ["INV-01"], "", "Piet", null, CancellationToken.None);

        var result = Assert.Single(second.Value!);
        Assert.False(result.Passed);
        Assert.Contains(result.Reasons, r => r.Contains("HTTP 500") && r.Contains("Mews expects HTTP 200"));
        var row = await TrackerRowAsync(ids.Project, "INV-01");
        Assert.Equal(TestStatus.Failed, row.Status);
        Assert.Contains("HTTP 500", row.Notes);
        var history = await service.HistoryAsync(ids.Project, "INV-01");
        Assert.Equal(["Piet", "Jana"], history.Select(h => h.RunBy));
        Assert.True(history[0].StartedAt > history[1].StartedAt);
        Assert.All(history, h => Assert.Equal("Failed", h.Outcome));
        Assert.Equal(2, faultyCalls);
    }

    [Fact]
    public async Task Without_a_mapping_the_inventory_tests_are_blocked_and_say_where_to_map_while_error_tests_still_run()
    {
        var ids = await ReadyAsync(mapped: false);

        var run = await PlayMews().RunAsync(ids.Project, ids.Connection, ["INV-01", "ERR-02"], "", "Jana", null, CancellationToken.None);

        Assert.Contains("Mapping page", run.Value![0].Blocked);
        Assert.Equal(TestStatus.Blocked, (await TrackerRowAsync(ids.Project, "INV-01")).Status);
        Assert.True(run.Value![1].Passed, string.Join("; ", run.Value![1].Reasons));
    }

    [Fact]
    public async Task An_http_endpoint_outside_this_machine_is_refused_before_anything_is_sent()
    {
        var ids = await ReadyAsync();
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            var project = await db.Projects.FindAsync(ids.Project);
            project!.Endpoints.UpdateAvailability = "http://cm.example.com/mews/updateAvailability";
            await db.SaveChangesAsync();
        }

        var run = await PlayMews().RunAsync(ids.Project, ids.Connection, ["INV-01"], "", "Jana", null, CancellationToken.None);

        Assert.Contains("HTTPS only", run.Value![0].Blocked);
        Assert.Empty(run.Value![0].Evidence);
    }

    [Fact]
    public async Task Cancelling_stops_the_run_and_keeps_no_half_finished_result()
    {
        var ids = await ReadyAsync();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Answered > 0)
                cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PlayMews(new HarnessSettings { MaxEntriesPerMessage = 20, MaxConcurrency = 1 }).RunAsync(ids.Project, ids.Connection, ["INV-06"], "", "Jana", progress, cancel.Token));

        Assert.Empty(await PlayMews().HistoryAsync(ids.Project, "INV-06"));
        Assert.Equal(TestStatus.NotRun, (await TrackerRowAsync(ids.Project, "INV-06")).Status);
    }

    [Fact]
    public async Task System_error_samples_are_judged_kept_and_offered_again()
    {
        var ids = await ReadyAsync(mapped: false);
        var service = PlayMews();
        SystemErrorSample[] samples =
        [
            new("Timeout", """{"success":false,"errors":[{"code":1,"message":"The channel manager timed out; Mews may resend in a few minutes."}]}"""),
            new("Maintenance", """{"success":false,"errors":[{"code":4,"message":"Down for planned maintenance until 02:00 UTC."}]}"""),
            new("General downtime", ""),
        ];

        Assert.Empty((await RunStore(new HarnessSettings()).CheckSystemErrorsAsync(ids.Project, samples, "Jana")).Warnings);

        var result = (await service.VerdictAsync(ids.Project, Assert.Single(await service.HistoryAsync(ids.Project, "ERR-01")).Id))!;
        Assert.False(result.Passed);
        Assert.Contains(result.Reasons, r => r.StartsWith("Maintenance:") && r.Contains("deprecated"));
        Assert.Contains(result.Reasons, r => r.StartsWith("General downtime:") && r.Contains("No sample"));
        Assert.DoesNotContain(result.Reasons, r => r.StartsWith("Timeout:"));
        Assert.Equal(TestStatus.Failed, (await TrackerRowAsync(ids.Project, "ERR-01")).Status);
        var view = (await service.LoadAsync(ids.Project, null))!;
        Assert.Equal(samples.Select(s => (s.Situation, s.Json)), view.SystemErrorSamples.Select(s => (s.Situation, s.Json)));
    }

    [Fact]
    public async Task Passing_system_error_samples_are_final_with_a_note_that_does_not_end_in_an_empty_check()
    {
        var ids = await ReadyAsync(mapped: false);
        var good = """{"success":false,"errors":[{"code":1,"message":"The channel manager is down for maintenance until 02:00 UTC."}]}""";

        await RunStore(new HarnessSettings()).CheckSystemErrorsAsync(ids.Project, [.. SystemErrorSheet.RequiredSituations.Select(s => new SystemErrorSample(s, good))], "Jana");

        var row = await TrackerRowAsync(ids.Project, "ERR-01");
        Assert.True(row.IsFinal);
        Assert.EndsWith("the automatic check passed (3 samples).", row.Notes);
        Assert.DoesNotContain("Still check by hand", row.Notes);
    }

    [Fact]
    public async Task A_pass_with_a_half_for_a_person_waits_for_their_check()
    {
        var ids = await ReadyAsync();

        await PlayMews().RunAsync(ids.Project, ids.Connection, ["INV-01"], "", "Jana", null, CancellationToken.None);

        var row = await TrackerRowAsync(ids.Project, "INV-01");
        Assert.True(row.NeedsHumanCheck);
        Assert.Equal("passed, needs your check", row.StatusText);
    }

    [Fact]
    public async Task The_page_shows_a_pass_as_needing_a_check_until_a_person_confirms_it_in_the_tracker()
    {
        var ids = await ReadyAsync();
        var service = PlayMews();

        var run = await service.RunAsync(ids.Project, ids.Connection, ["INV-01", "ERR-02"], "", "Jana", null, CancellationToken.None);
        var before = (await service.LoadAsync(ids.Project, ids.Connection))!;
        await Services.Tracker.ConfirmCheckAsync(ids.Project, "INV-01", "Jana");
        var after = (await service.LoadAsync(ids.Project, ids.Connection))!;

        Assert.Equal("2 tests passed; 2 still need your check (see each test).", PlayMewsRun.Summary(run));
        Assert.Equal((true, true, false), (before.NeedsCheck("INV-01"), before.NeedsCheck("ERR-02"), before.NeedsCheck("INV-02")));
        Assert.Equal((false, true), (after.NeedsCheck("INV-01"), after.NeedsCheck("ERR-02")));
        Assert.True(after.ConfirmedRun("INV-01", after.Latest["INV-01"].Id));
        Assert.False(before.ConfirmedRun("INV-01", before.Latest["INV-01"].Id));
    }

    [Fact]
    public async Task A_runs_report_is_a_named_download_that_says_which_channel_manager_it_tested()
    {
        var ids = await ReadyAsync();
        var service = PlayMews();
        await service.RunAsync(ids.Project, ids.Connection, ["ERR-02"], "", "Jana", null, CancellationToken.None);
        var runId = Assert.Single(await service.HistoryAsync(ids.Project, "ERR-02")).Id;

        var (json, fileName) = (await service.ReportAsync(ids.Project, runId))!.Value;

        Assert.Equal($"play-mews-ERR-02-run-{runId}-{Clock.Now.UtcDateTime:yyyyMMdd-HHmm}.json", fileName);
        using var report = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(new Uri(Cm.BaseAddress, "reference-cm").ToString().TrimEnd('/'), report.RootElement.GetProperty("cmBaseUrl").GetString());
        Assert.Equal("ERR-02", report.RootElement.GetProperty("tests")[0].GetProperty("id").GetString());
        Assert.Null(await service.ReportAsync(ids.Project + 1, runId));
    }

    [Fact]
    public async Task A_missing_project_is_refused_with_a_message()
    {
        var run = await PlayMews().RunAsync(999, 1, ["INV-01"], "", "Jana", null, CancellationToken.None);

        Assert.Contains("no longer exists", run.Error());
        Assert.Null(await PlayMews().LoadAsync(999, null));
    }

    /// <summary>Reports on the caller's thread, so a test can react to the first answer at once.</summary>
    private sealed class SynchronousProgress(Action<HarnessProgress> report) : IProgress<HarnessProgress>
    {
        public void Report(HarnessProgress value) => report(value);
    }
}
