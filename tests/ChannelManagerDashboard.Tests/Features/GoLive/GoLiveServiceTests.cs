using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.GoLive;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Tests.Features.GoLive;

public sealed class GoLiveServiceTests : DatabaseTest
{
    private readonly GoLiveService goLive;

    public GoLiveServiceTests() => goLive = new GoLiveService(Database.Factory,
        new TokenProtector(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Database.Folder, "keys")))), Clock, new ListLogger<GoLiveService>());

    private static GoLiveInput Typed(Action<GoLiveInput> change, GoLiveInput? from = null)
    {
        var input = from?.Copy() ?? new GoLiveInput();
        change(input);
        return input;
    }

    [Fact]
    public async Task The_checklist_opens_with_a_pass_and_the_window_counts_six_months_from_it()
    {
        var id = await Services.CreateProjectAsync();
        Assert.False((await goLive.LoadAsync(id))!.Passed);

        await AddOutcomeAsync(id, CallVerdict.Passed, new DateOnly(2026, 11, 20));
        var view = (await goLive.LoadAsync(id))!;

        Assert.True(view.Passed);
        Assert.Equal(new DateOnly(2027, 5, 20), view.Window.Deadline);
        Assert.Equal("Hotel Pilot Amsterdam", view.Plan.PilotPropertyName);
        Assert.Null(await goLive.LoadAsync(999));
    }

    [Fact]
    public async Task Two_people_saving_different_fields_both_keep_theirs_and_the_same_field_is_a_conflict()
    {
        var id = await Services.CreateProjectAsync();
        var loaded = GoLiveInput.From((await goLive.LoadAsync(id))!.Plan);

        Assert.True((await goLive.SavePlanAsync(id, Typed(i => i.PilotStart = new DateTime(2027, 1, 4), loaded), loaded, "ana")).Succeeded);
        Assert.True((await goLive.SavePlanAsync(id, Typed(i => i.ProductionEndpoints.UpdatePrices = "https://prod.example.com/prices", loaded), loaded, "bob")).Succeeded);
        var plan = (await goLive.LoadAsync(id))!.Plan;
        Assert.Equal((new DateOnly(2027, 1, 4), "https://prod.example.com/prices"), (plan.PilotStart!.Value, plan.ProductionEndpoints.UpdatePrices));

        var clash = await goLive.SavePlanAsync(id, Typed(i => i.PilotStart = new DateTime(2027, 2, 1), loaded), loaded, "eva");
        Assert.Equal(ResultKind.Conflict, clash.Kind);
        Assert.Contains("the pilot start", clash.Message);
        Assert.Equal(new DateOnly(2027, 1, 4), (await goLive.LoadAsync(id))!.Plan.PilotStart);
    }

    [Fact]
    public async Task The_production_token_is_kept_encrypted_and_the_demo_token_is_refused_while_the_rest_is_saved()
    {
        var id = await Services.CreateProjectAsync();
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            var protector = new TokenProtector(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Database.Folder, "keys"))));
            db.ClientCredentials.Add(new ChannelManagerDashboard.Features.PropertyConnections.ClientCredential
            {
                ProjectId = id, Environment = MewsEnvironment.Demo, ProtectedClientToken = protector.Protect(new ChannelManagerDashboard.Domain.Mews.Secret("DEMO-5F1C0A77E2B94D10")),
                ClientTokenHint = "DEMO…D10", EmployeeEmail = "e@example.com", UpdatedBy = "ana",
            });
            await db.SaveChangesAsync();
        }
        var empty = new GoLiveInput();

        var demo = await goLive.SavePlanAsync(id, Typed(i => (i.ClientToken, i.PilotPropertyName) = ("DEMO-5F1C0A77E2B94D10", "Hotel Pilot")), empty, "ana");
        Assert.Contains("demo client token", demo.Errors[nameof(GoLiveInput.ClientToken)]);
        Assert.Equal("Hotel Pilot", (await goLive.LoadAsync(id))!.Plan.PilotPropertyName);

        Assert.True((await goLive.SavePlanAsync(id, Typed(i => i.ClientToken = "PROD-8F3A2C19D4E74B6C"), empty, "ana")).Succeeded);
        var view = (await goLive.LoadAsync(id))!;
        Assert.Equal("PROD…B6C", view.TokenHint);
        Assert.True(view.Checklist.Single(i => i.Id == "token").Done);
        Assert.DoesNotContain("8F3A2C19", view.Plan.ProtectedClientToken);
    }

    [Fact]
    public async Task A_deprecated_field_in_a_kept_Process_group_asks_for_re_certification_and_a_yes_in_the_change_log_too()
    {
        var id = await Services.CreateProjectAsync();
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            var result = new HarnessVerdict("RES-01", Clock.Now, [], [], [], 10, 100,
            [
                new ExchangeEvidence(ReservationEvidence.ProcessGroupLabel, "https://sim.example/processGroup", Clock.Now,
                    """{"reservations":[{"adultCount":2,"childCount":1}]}""", 100, 200, """{"success":true}""", 10, "", [], [], false, ReplayTokens.None),
            ]);
            db.HarnessRuns.Add(new HarnessRun { ProjectId = id, TestId = "RES-01", StartedAt = Clock.Now, Passed = true, RunBy = "ana", VerdictGzip = HarnessVerdictJson.Compress(result) });
            await db.SaveChangesAsync();
        }
        Assert.True((await goLive.AddChangeAsync(id, new DateOnly(2026, 11, 25), "Added closed-to-departure", "ana")).Succeeded);
        var entry = Assert.Single((await goLive.LoadAsync(id))!.Changes);
        Assert.True((await goLive.AnswerAsync(id, entry.Id, RecertificationAnswer.Yes, "ana")).Succeeded);

        var reasons = (await goLive.LoadAsync(id))!.RecertificationReasons;

        Assert.Contains(reasons, r => r.StartsWith("RES-01 still sends adultCount / childCount", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("Added closed-to-departure", StringComparison.Ordinal));
        Assert.Equal(ResultKind.Invalid, (await goLive.AddChangeAsync(id, new DateOnly(2026, 11, 25), " ", "ana")).Kind);
        Assert.Equal(ResultKind.Missing, (await goLive.AnswerAsync(id, 999, RecertificationAnswer.No, "ana")).Kind);
    }

    private async Task AddOutcomeAsync(int id, CallVerdict verdict, DateOnly date)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        db.CallOutcomes.Add(new CallOutcome { ProjectId = id, Verdict = verdict, Date = date, RecordedBy = "ana", RecordedAt = Clock.Now });
        await db.SaveChangesAsync();
    }
}
