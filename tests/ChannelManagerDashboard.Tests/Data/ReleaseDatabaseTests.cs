using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>The .NET 9 release's database opened by today's code: every record is there and every token decrypts.</summary>
public sealed class ReleaseDatabaseTests : IDisposable
{
    private readonly ReleaseDatabase release = new();
    private readonly FixedClock clock = FixedClock.At2026();
    private readonly IDbContextFactory<DashboardDbContext> factory;
    private readonly TokenProtector protector;

    public ReleaseDatabaseTests()
    {
        factory = new PooledDbContextFactory<DashboardDbContext>(
            new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={release.FilePath}").Options);
        protector = new TokenProtector(DataProtectionProvider.Create(release.Keys, b => b.SetApplicationName(TokenProtector.ApplicationName)));
    }

    public void Dispose() => release.Dispose();

    [Fact]
    public async Task Every_project_step_file_test_snapshot_mapping_and_run_reads_back_after_the_upgrade()
    {
        await UpgradeAsync([ReleaseDatabase.ContentRoot]);
        var preparation = new PreparationService(factory, clock, NullLogger<PreparationService>.Instance);
        var files = new CertificationFileService(factory, preparation, clock, Options.Create(new PreparationOptions()), NullLogger<CertificationFileService>.Instance);
        var projects = new ProjectService(factory, Services.EventsFor(preparation), clock, NullLogger<ProjectService>.Instance);
        var tracker = new TestTrackerService(factory, clock, new ProjectPageRefresh(new LocalMessageBus()), Services.EventsFor(preparation), NullLogger<TestTrackerService>.Instance);

        var all = await projects.ListAsync(includeArchived: true, [Team.DefaultId]);
        Assert.Equal(["Acme CM – full journey", "Beta CM – demo", "Gamma CM – abandoned"], all.Select(p => p.Name).Order());
        Assert.Equal(["Acme CM – full journey", "Beta CM – demo"], (await projects.ListAsync(includeArchived: false, [Team.DefaultId])).Select(p => p.Name).Order());

        var acme = (await preparation.LoadAsync(1))!;
        Assert.Equal(8, acme.DoneCount);
        Assert.Equal((StepStatus.Blocked, "Reservation tests wait for the booking engine release."), (acme["P7"].Status, acme["P7"].Notes));
        Assert.Equal("Asked Mews for a demo property on Monday.", acme["P1"].Notes);
        Assert.Equal("Hotel Pilot Amsterdam", acme.Project.PilotPropertyName);
        Assert.Equal((new DateTime(2026, 12, 15, 14, 30, 0), "Europe/Prague"), (acme.Project.CertificationCallAt, acme.Project.CertificationCallTimeZone));
        Assert.Equal("http://127.0.0.1:5177/reference-cm/updatePrices", acme.Project.Endpoints.UpdatePrices);
        Assert.Empty(acme.Facts.MappingGaps);
        var file = (await files.GetAsync(1))!;
        Assert.Equal(("certification-file.xlsx", 39), (file.FileName, file.Content.Length));
        Assert.Equal("PK"u8.ToArray(), file.Content[..2]);

        var beta = (await preparation.LoadAsync(2))!;
        Assert.Equal((MewsEnvironment.Demo, 1, 0), (beta.Project.Environment, beta.Facts.ChosenConnections, beta.Facts.ConnectionsWithoutSnapshot));

        var results = (await tracker.ListAsync(1)).ToDictionary(r => r.Test.Id);
        Assert.Equal(TestStatus.Passed, results["INV-06"].Status);
        Assert.Equal((TestStatus.NotApplicable, "We do not sell products on reservations."), (results["RES-13"].Status, results["RES-13"].Notes));
        Assert.Equal(TestStatus.Failed, results["ERR-01"].Status);
        Assert.Equal(TestStatus.Failed, (await tracker.ListAsync(2)).Single(r => r.Test.Id == "ERR-03").Status);
        // The release's automatic passes had an open half for a person; a pass recorded by hand is final.
        Assert.True(results["INV-01"].NeedsHumanCheck);
        Assert.True(results["RES-01"].IsFinal);
        Assert.Equal(10, results.Values.Count(r => r.NeedsHumanCheck));

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(3, await db.PropertyProfileSnapshots.CountAsync());
        // Both client tokens had brought connections, so Mews had accepted them.
        Assert.All(await db.ClientCredentials.ToListAsync(), c => Assert.NotNull(c.VerifiedAt));
        var mapping = MappingState.FromJson(await db.MappingSets.Select(m => m.StateJson).SingleAsync()).Value!;
        Assert.Equal((7, 5, 5, 5, 4), (mapping.Rooms.Count, mapping.Rates.Count, mapping.SpaceTypeRooms.Count, mapping.RatePlanRates.Count, mapping.Exclusions.Count));
        Assert.Equal(17, await db.MappingRevisions.CountAsync());
        Assert.All(await db.MappingRevisions.Select(r => r.PreviousStateJson).ToListAsync(), json => Assert.True(MappingState.FromJson(json).Succeeded));
        foreach (var snapshot in await db.PropertyProfileSnapshots.ToListAsync())
            Assert.NotNull(PropertyProfileData.Parse(snapshot.ProfileJson));
        var runs = await db.HarnessRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(12, runs.Count);
        Assert.All(runs, run => Assert.NotNull(HarnessVerdictJson.Decompress(run.VerdictGzip)));
        Assert.Equal(5, HarnessVerdictJson.Decompress(runs.Single(r => r.TestId == "INV-06").VerdictGzip)!.Evidence.Count);
    }

    [Fact]
    public async Task Tokens_encrypted_under_the_old_folder_are_encrypted_again_under_the_application_name_once()
    {
        var (upgraded, unreadable) = await UpgradeAsync([ReleaseDatabase.ContentRoot]);

        Assert.Equal((5, 0), (upgraded, unreadable));
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.All(await db.ClientCredentials.ToListAsync(), c => Assert.Equal(ReleaseDatabase.SimulatorClientToken, protector.Unprotect(c.ProtectedClientToken)));
            var connections = await db.PropertyConnections.OrderBy(c => c.Id).Select(c => c.ProtectedToken).ToListAsync();
            Assert.Equal([ReleaseDatabase.MainConnectionToken, ReleaseDatabase.MainConnectionToken, ReleaseDatabase.DeactivatedConnectionToken],
                connections.Select(protector.Unprotect));
        }
        // The next start finds nothing left to do, even without the old folder configured.
        Assert.Equal((0, 0), await UpgradeAsync([]));
    }

    [Fact]
    public async Task Without_the_old_folder_the_tokens_stay_as_they_are_and_the_log_says_what_to_do()
    {
        var log = new ListLogger<TokenKeyUpgrade>();

        var (upgraded, unreadable) = await UpgradeAsync(["/somewhere/else/"], log);

        Assert.Equal((0, 5), (upgraded, unreadable));
        Assert.Contains("Saved tokens: 5 cannot be decrypted", log.All);
        Assert.Contains("Dashboard:PreviousContentRoots", log.All);
        Assert.Contains("enter the client token again in P4", log.All);
        // Nothing was overwritten: the right folder still upgrades them later.
        Assert.Equal((5, 0), await UpgradeAsync([ReleaseDatabase.ContentRoot]));
    }

    [Fact]
    public void The_old_folders_tried_are_the_configured_ones_this_binary_s_own_its_net9_build_folders_and_the_docker_image_s()
    {
        var candidates = TokenKeyUpgrade.Candidates("/home/jana/cmd/src/ChannelManagerDashboard/bin/Debug/net10.0/", ["/srv/old-dashboard"]);

        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Assert.Equal(["/srv/old-dashboard/", "/home/jana/cmd/src/ChannelManagerDashboard/bin/Debug/net10.0/",
            $"/home/jana/cmd/src/ChannelManagerDashboard/bin/Debug/net9.0/{rid}/", $"/home/jana/cmd/src/ChannelManagerDashboard/bin/Release/net9.0/{rid}/", "/app/"], candidates);
    }

    /// <summary>What the app does at start-up: migrate, then encrypt again what the old keys' folder name protected.</summary>
    private async Task<(int, int)> UpgradeAsync(IReadOnlyList<string> previous, ListLogger<TokenKeyUpgrade>? log = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return await new TokenKeyUpgrade(release.Keys, protector, previous, log ?? new ListLogger<TokenKeyUpgrade>()).RunAsync(db);
    }

    [Fact]
    public async Task The_upgrade_rebuilds_each_project_s_timeline_from_what_it_kept_with_the_names_typed_then()
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();

        var activity = await db.Activity.AsNoTracking().OrderBy(a => a.Id).ToListAsync();

        Assert.NotEmpty(activity);
        Assert.All(activity, a => Assert.False(a.SignedIn));
        Assert.Equal(activity.Select(a => a.At).Order(), activity.Select(a => a.At));
        Assert.Contains(activity, a => a.Kind == ChannelManagerDashboard.Features.Activity.ActivityKind.Run && a.Subject == "INV-06" && a.Action == "ran: passed");
        Assert.Contains(activity, a => a.Kind == ChannelManagerDashboard.Features.Activity.ActivityKind.Mapping && a.Who.Length > 0 && a.Who != "someone");
        Assert.Equal(await db.Projects.CountAsync(), activity.Count(a => a.Action == "created"));
    }
}
