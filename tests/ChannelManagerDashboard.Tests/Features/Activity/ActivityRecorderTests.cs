using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.GoLive;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;
using Flurl.Http.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.Activity;

/// <summary>Every save through the app's services leaves its record on the project's timeline, over a real SQLite file.</summary>
public sealed class ActivityRecorderTests : ComponentTest
{
    private ActivityService Activity => Get<ActivityService>();

    [Fact]
    public async Task Field_changes_are_recorded_with_who_and_the_value_before_and_after()
    {
        var id = await CreateProjectAsync();
        var before = ProjectInput.From((await Get<ProjectService>().GetAsync(id))!);
        var after = before.Copy();
        after.PilotPropertyName = "Hotel Pilot Rotterdam";
        Assert.True((await Get<ProjectService>().UpdateAsync(id, after, before, "ana@example.com")).Succeeded);
        var loaded = PreparationInput.From((await Get<PreparationService>().LoadAsync(id))!.Project);
        var typed = loaded.Copy();
        typed.Endpoints.UpdatePrices = "https://cm.example.com/mews/prices";
        Assert.True((await Get<PreparationService>().SaveStepAsync(id, new StepEdit("P2", typed, loaded, "", "", null), "bob@example.com")).Succeeded);

        var (entries, _) = await Activity.ListAsync(id, new ActivityFilter(Kind: ActivityKind.Project));
        var pilot = Assert.Single(entries, e => e.Subject == "Pilot property");
        Assert.Equal(("ana@example.com", true, "Hotel Pilot Amsterdam", "Hotel Pilot Rotterdam"), (pilot.Who, pilot.SignedIn, pilot.OldValue, pilot.NewValue));
        Assert.Contains(entries, e => e.Subject == "P2 Update prices URL" && e.Who == "bob@example.com" && e.NewValue == "https://cm.example.com/mews/prices");
        var created = entries[^1];
        Assert.Equal(("created", "owner@example.com", "Acme CM"), (created.Action, created.Who, created.NewValue));
    }

    [Fact]
    public async Task The_call_its_outcome_and_the_go_live_checklist_are_recorded_without_the_production_token()
    {
        var id = await CreateProjectAsync();
        await Get<TestTrackerService>().RecordAsync(id, "INV-01", TestStatus.Passed, "seen", "ana@example.com");
        await Get<CallControlService>().SaveNoteAsync(id, new NoteEdit("INV-01", "Mews looked at DBL", "", "", ""), "ana@example.com");
        await Get<CallControlService>().SaveAttendeesAsync(id, "Ana <ana@example.com>", "", "ana@example.com");
        await Get<CallOutcomeService>().RecordOutcomeAsync(id, CallVerdict.Failed, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), "LOS reversed", "bob@example.com");
        var plan = new GoLiveInput { ProductionEndpoints = CmEndpoints.FromBase("https://prod.example.com/mews"), ClientToken = "PROD-8F3A2C19D4E74B6C", PilotPropertyName = "Hotel Pilot" };
        await Get<GoLiveService>().SavePlanAsync(id, plan, new GoLiveInput(), "ana@example.com");

        var (call, _) = await Activity.ListAsync(id, new ActivityFilter(Kind: ActivityKind.Call));
        var (goLive, _) = await Activity.ListAsync(id, new ActivityFilter(Kind: ActivityKind.GoLive));
        var (tests, _) = await Activity.ListAsync(id, new ActivityFilter(Kind: ActivityKind.Test));

        Assert.Contains(call, e => e.Subject == "INV-01" && e.Action == "call minutes" && e.NewValue == "Mews looked at DBL");
        Assert.Contains(call, e => e.Subject == "Attendees" && e.NewValue == "Ana <ana@example.com>");
        Assert.Contains(call, e => e.Subject == "Certification call" && e.Action == "failed" && e.Who == "bob@example.com" && e.NewValue!.EndsWith(": LOS reversed", StringComparison.Ordinal));
        Assert.Contains(tests, e => e.Subject == "INV-01" && e.Action.StartsWith("reset to not run", StringComparison.Ordinal));
        Assert.Contains(goLive, e => e.Subject == "Production client token" && e.Action == "saved (encrypted; not shown here)");
        Assert.Contains(goLive, e => e.Subject == "Pilot property" && e.NewValue == "Hotel Pilot");
        Assert.DoesNotContain(goLive, e => $"{e.OldValue}{e.NewValue}{e.Action}".Contains("8F3A2C19", StringComparison.Ordinal));
        Assert.DoesNotContain(goLive, e => e.Subject.StartsWith("P2 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Steps_and_tests_are_recorded_and_the_timeline_filters_by_kind_person_and_text_newest_first()
    {
        var id = await CreateProjectAsync();
        var loaded = PreparationInput.From((await Get<PreparationService>().LoadAsync(id))!.Project);
        await Get<PreparationService>().SaveStepAsync(id, new StepEdit("P1", loaded, loaded, "Asked Mews for the demo property", "", StepStatus.InProgress), "ana@example.com");
        await Get<TestTrackerService>().RecordAsync(id, "INV-01", TestStatus.Failed, "Prices missing on the 3rd", "bob@example.com");
        await Get<TestTrackerService>().RecordAsync(id, "INV-01", TestStatus.Passed, "Fixed", "ana@example.com");

        var (all, _) = await Activity.ListAsync(id, new ActivityFilter());
        var (bobs, _) = await Activity.ListAsync(id, new ActivityFilter(Who: "bob@example.com"));
        var (prices, _) = await Activity.ListAsync(id, new ActivityFilter(Text: "prices missing"));
        var (tests, _) = await Activity.ListAsync(id, new ActivityFilter(Kind: ActivityKind.Test));

        var status = all.First(e => e.Action == "status");
        Assert.Equal(("INV-01", "failed", "passed"), (status.Subject, status.OldValue, status.NewValue));
        Assert.Equal("INV-01", all[0].Subject);
        Assert.All(bobs, e => Assert.Equal("bob@example.com", e.Who));
        // Added, then replaced: the old value still holds the text.
        Assert.Equal([("notes", "Prices missing on the 3rd", "Fixed"), ("notes", "", "Prices missing on the 3rd")], prices.Select(e => (e.Action, e.OldValue, e.NewValue)));
        Assert.All(tests, e => Assert.Equal(ActivityKind.Test, e.Kind));
        Assert.Contains(all, e => e.Kind == ActivityKind.Step && e.Subject == "P1" && e.NewValue == "in progress");
        Assert.Equal(["ana@example.com", "bob@example.com", "owner@example.com"], await Activity.PeopleAsync(id));
    }

    [Fact]
    public async Task A_saved_client_token_is_recorded_as_saved_without_any_of_it()
    {
        using var mews = new HttpTest();
        mews.RespondWithJson(new { success = true, properties = Array.Empty<object>() });
        var input = Support.Services.ValidInput();
        input.Environment = MewsEnvironment.Demo;
        var id = await CreateProjectAsync(input);
        const string token = "E0F1A2B3C4D5E6F708192A3B4C5D6E7F-0123456789ABCDEF0123456789ABCDE";

        await Get<PropertiesService>().FetchAsync(id, new Secret(token), "jana@example.com", "ana@example.com");

        await using var db = await Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var recorded = await db.Activity.Where(a => a.ProjectId == id && a.Kind == ActivityKind.Connection).ToListAsync();
        Assert.Contains(recorded, e => e.Subject == "Mews demo client token" && e.Action.StartsWith("saved (encrypted", StringComparison.Ordinal));
        Assert.DoesNotContain(recorded, e => (e.OldValue + e.NewValue + e.Subject + e.Action).Contains(token[..12], StringComparison.OrdinalIgnoreCase)
                                              || (e.OldValue + e.NewValue).Contains('…'));
    }
}
