using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

/// <summary>P6 below the UI: real SQLite file, a configuration fetched from the simulator on loopback.</summary>
public sealed class MappingServiceTests : DatabaseTest, IClassFixture<FakeMewsFixture>
{
    private readonly MewsServices mews;
    private readonly ListLogger<MappingService> log = new();
    private readonly MappingService mapping;

    public MappingServiceTests(FakeMewsFixture fixture)
    {
        mews = new MewsServices(Database, Clock, fixture.Mews, Path.Combine(Database.Folder, "keys"));
        mapping = new MappingService(Database.Factory, Services.Events, Clock, log);
    }

    /// <returns>A Simulator project with its main connection picked and its configuration fetched.</returns>
    private Task<(int Project, int Connection)> FetchedAsync() => mews.FetchedProjectAsync(Services);

    private async Task<MappingView> ViewAsync((int Project, int Connection) ids) => (await mapping.LoadAsync(ids.Project, ids.Connection))!;

    /// <summary>Applies an edit to the version saved now, failing the test unless it is saved.</summary>
    private async Task<Result<string>> SaveAsync((int Project, int Connection) ids, MappingEdit edit)
    {
        var outcome = await mapping.ApplyAsync(ids.Project, ids.Connection, (await ViewAsync(ids)).Version, edit, "Jana");
        Assert.True(outcome.Kind == ResultKind.Done, outcome.Message);
        return outcome;
    }

    private static ImportCatalogEdit CatalogEdit() => new(
        [.. Mappings.Catalog().Rooms.Select(r => new CatalogEntry(CmCodeKind.Room, r.Code, r.Name)),
         .. Mappings.Catalog().Rates.Select(r => new CatalogEntry(CmCodeKind.Rate, r.Code, r.Name))]);

    private static ImportMappingEdit EverythingEdit()
    {
        var (file, problems) = MappingFile.Parse(MappingExport.Csv(Mappings.Demo(), Mappings.Everything()));
        Assert.Empty(problems);
        return new ImportMappingEdit(file!);
    }

    private async Task<StepStatus> StatusAsync(int projectId, string step) => (await Services.Preparation.LoadAsync(projectId))![step].Status;

    private async Task<int> RevisionCountAsync(int connectionId)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await db.MappingRevisions.CountAsync(r => r.ConnectionId == connectionId);
    }

    [Fact]
    public async Task Loading_shows_the_fetched_configuration_with_nothing_mapped()
    {
        var ids = await FetchedAsync();

        var view = await ViewAsync(ids);

        Assert.Null(view.Problem);
        Assert.Equal(ids.Connection, view.Connection!.Id);
        Assert.Equal(0, view.Version);
        Assert.Same(MappingState.Empty, view.State);
        Assert.NotNull(view.Coverage);
        Assert.Equal((23, 0, 0), (view.Coverage.Pushed.Count, view.Coverage.MappedCount, view.Coverage.Percent));
        Assert.Null(view.LastChange);
        Assert.Null(view.Drift);
        Assert.Equal(StepStatus.NotStarted, await StatusAsync(ids.Project, "P6"));
    }

    [Fact]
    public async Task Loading_a_project_without_a_picked_connection_says_to_pick_one()
    {
        var id = await Services.CreateProjectAsync();

        var view = (await mapping.LoadAsync(id, null))!;

        Assert.Null(view.Connection);
        Assert.Null(view.Coverage);
        Assert.Equal("No connection is picked for the Mews demo. Pick one in P4 and fetch its configuration in P5.", view.Problem);
        Assert.Null(await mapping.LoadAsync(id + 1, null));
    }

    [Fact]
    public async Task An_edit_is_saved_with_the_next_version_and_shown_as_the_last_change()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());

        var outcome = await mapping.ApplyAsync(ids.Project, ids.Connection, 1, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL"), "Piet");

        Assert.Equal((ResultKind.Done, "Mapped space type SGL to CM room R-SGL"), (outcome.Kind, outcome.Said()));
        var view = await ViewAsync(ids);
        Assert.Equal(2, view.Version);
        Assert.Equal("R-SGL", view.State.CmCodeOf(CmCodeKind.Room, "SGL"));
        Assert.Equal(new MappingChange("Mapped space type SGL to CM room R-SGL", "Piet", Clock.Now), view.LastChange);
        Assert.Equal(view.SnapshotId, view.State.BasedOnSnapshotId);
        Assert.Contains(log.Lines, l => l.Contains("Mapped space type SGL to CM room R-SGL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_or_unchanging_edit_saves_nothing()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());

        var refused = await mapping.ApplyAsync(ids.Project, ids.Connection, 1, new AssignEdit(CmCodeKind.Room, "SGL", "R-NOPE"), "Jana");
        var unchanged = await mapping.ApplyAsync(ids.Project, ids.Connection, 1, new IncludeEdit("FF", "SGL"), "Jana");

        Assert.Equal((ResultKind.Invalid, "CM room R-NOPE is not in your catalog. Add it to the catalog first."), (refused.Kind, refused.Said()));
        Assert.Equal(ResultKind.Unchanged, unchanged.Kind);
        Assert.Equal(1, (await ViewAsync(ids)).Version);
        Assert.Equal(1, await RevisionCountAsync(ids.Connection));
    }

    [Fact]
    public async Task An_edit_from_a_page_with_an_older_version_is_a_conflict_and_changes_nothing()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        var before = await ViewAsync(ids);

        var outcome = await mapping.ApplyAsync(ids.Project, ids.Connection, 0, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL"), "Piet");

        Assert.Equal(ResultKind.Conflict, outcome.Kind);
        Assert.Equal("Someone else changed this mapping since you loaded it (Jana, at 09:30:00 UTC). Your change was not applied. " +
            "Reload to see their version, then make your change again.", outcome.Message);
        var after = await ViewAsync(ids);
        Assert.Equal(1, after.Version);
        Assert.Equal(before.State.ToJson(), after.State.ToJson());
        Assert.Equal(1, await RevisionCountAsync(ids.Connection));
    }

    [Fact]
    public async Task Two_edits_sent_at_once_from_the_same_version_save_one_and_report_a_conflict_for_the_other()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());

        var outcomes = await Task.WhenAll(
            Task.Run(() => mapping.ApplyAsync(ids.Project, ids.Connection, 1, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL"), "Jana")),
            Task.Run(() => mapping.ApplyAsync(ids.Project, ids.Connection, 1, new AssignEdit(CmCodeKind.Room, "DBL", "R-DBL"), "Piet")));

        Assert.Equal([ResultKind.Done, ResultKind.Conflict], outcomes.Select(o => o.Kind).Order());
        var view = await ViewAsync(ids);
        Assert.Equal(2, view.Version);
        Assert.Single(view.State.SpaceTypeRooms);
        Assert.Equal(2, await RevisionCountAsync(ids.Connection));
    }

    [Fact]
    public async Task The_first_edit_from_a_page_that_expects_a_saved_mapping_is_a_conflict()
    {
        var ids = await FetchedAsync();

        var outcome = await mapping.ApplyAsync(ids.Project, ids.Connection, 3, CatalogEdit(), "Jana");

        Assert.Equal((ResultKind.Conflict, "Someone else changed this mapping since you loaded it. Your change was not applied. " +
            "Reload to see their version, then make your change again."), (outcome.Kind, outcome.Said()));
        Assert.Equal(0, (await ViewAsync(ids)).Version);
    }

    [Fact]
    public async Task Undo_restores_the_state_before_the_newest_change_and_takes_it_off_the_list()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        var catalogOnly = (await ViewAsync(ids)).State;
        await SaveAsync(ids, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL"));

        var outcome = await mapping.UndoAsync(ids.Project, ids.Connection, 2, "Piet");

        Assert.Equal((ResultKind.Done, "Undid: Mapped space type SGL to CM room R-SGL"), (outcome.Kind, outcome.Said()));
        var view = await ViewAsync(ids);
        Assert.Equal(3, view.Version);
        Assert.Equal(catalogOnly.ToJson(), view.State.ToJson());
        Assert.Equal("Imported the catalog: 13 codes added, 0 renamed", view.LastChange!.Description);
        Assert.Equal(1, await RevisionCountAsync(ids.Connection));
    }

    [Fact]
    public async Task Undoing_every_change_empties_the_mapping_and_then_there_is_nothing_to_undo()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await mapping.UndoAsync(ids.Project, ids.Connection, 1, "Jana");

        var outcome = await mapping.UndoAsync(ids.Project, ids.Connection, 2, "Jana");

        Assert.Equal((ResultKind.Invalid, "There is nothing to undo."), (outcome.Kind, outcome.Said()));
        var view = await ViewAsync(ids);
        Assert.Equal(2, view.Version);
        Assert.Empty(view.State.Rooms);
        Assert.Null(view.LastChange);
    }

    [Fact]
    public async Task A_mapping_never_saved_has_nothing_to_undo()
    {
        var ids = await FetchedAsync();

        var outcome = await mapping.UndoAsync(ids.Project, ids.Connection, 0, "Jana");

        Assert.Equal((ResultKind.Invalid, "There is nothing to undo."), (outcome.Kind, outcome.Said()));
    }

    [Fact]
    public async Task Undo_from_a_page_with_an_older_version_is_a_conflict()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await SaveAsync(ids, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL"));

        var outcome = await mapping.UndoAsync(ids.Project, ids.Connection, 1, "Piet");

        Assert.Equal(ResultKind.Conflict, outcome.Kind);
        Assert.Equal("R-SGL", (await ViewAsync(ids)).State.CmCodeOf(CmCodeKind.Room, "SGL"));
    }

    [Fact]
    public async Task Mapping_everything_ticks_P6_and_unmapping_a_space_type_reopens_it()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());

        var complete = await SaveAsync(ids, EverythingEdit());

        Assert.Equal(["P6 is done."], complete.Notices);
        Assert.Equal(StepStatus.Done, await StatusAsync(ids.Project, "P6"));
        Assert.True((await ViewAsync(ids)).Coverage!.IsComplete);

        var unmapped = await SaveAsync(ids, new AssignEdit(CmCodeKind.Room, "SGL", null));

        Assert.Equal(["P6 went back to In progress: Map or exclude 3 combinations Mews pushes: FF × SGL, NR × SGL, BB × SGL."], unmapped.Notices);
        Assert.Equal(StepStatus.InProgress, await StatusAsync(ids.Project, "P6"));
    }

    [Fact]
    public async Task Undoing_the_change_that_completed_the_mapping_reopens_P6()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await SaveAsync(ids, EverythingEdit());

        var outcome = await mapping.UndoAsync(ids.Project, ids.Connection, 2, "Jana");

        Assert.Single(outcome.Notices, n => n.StartsWith("P6 went back to In progress: Map or exclude 23 combinations", StringComparison.Ordinal));
        Assert.Equal(StepStatus.InProgress, await StatusAsync(ids.Project, "P6"));
    }

    [Fact]
    public async Task Only_the_newest_revisions_are_kept_for_undo()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        for (var i = 0; i < MappingService.KeptRevisions + 1; i++)
            await SaveAsync(ids, new AssignEdit(CmCodeKind.Room, "SGL", i % 2 == 0 ? "R-SGL" : null));

        Assert.Equal(MappingService.KeptRevisions, await RevisionCountAsync(ids.Connection));
        Assert.Equal(MappingService.KeptRevisions + 2, (await ViewAsync(ids)).Version);
        await using var db = await Database.Factory.CreateDbContextAsync();
        var oldestKept = await db.MappingRevisions.Where(r => r.ConnectionId == ids.Connection).OrderBy(r => r.Id).FirstAsync();
        Assert.Equal("Unmapped space type SGL from CM room R-SGL", oldestKept.Description);
    }

    [Fact]
    public async Task A_newer_snapshot_shows_drift_until_it_is_marked_reviewed()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        var reviewed = (await ViewAsync(ids)).SnapshotId;
        var newer = (await mews.Snapshots.FetchAsync(ids.Project, ids.Connection, "Jana")).Value;

        var drift = (await ViewAsync(ids)).Drift;

        Assert.NotNull(drift);
        Assert.Equal((reviewed, newer), (drift.ReviewedSnapshotId, drift.LatestSnapshotId));
        Assert.True(drift.IsEmpty);

        var outcome = await SaveAsync(ids, new MarkReviewedEdit());

        Assert.Equal($"Reviewed the changes in configuration snapshot #{newer}", outcome.Value);
        Assert.Null((await ViewAsync(ids)).Drift);
    }

    [Fact]
    public async Task The_CSV_export_has_the_header_and_a_row_per_combination()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await SaveAsync(ids, EverythingEdit());

        var export = await mapping.ExportAsync(ids.Project, ids.Connection, ExportFormat.Csv);

        Assert.NotNull(export);
        Assert.Equal($"mapping-Acme-CM-{ids.Connection}-v2.csv", export.FileName);
        var lines = export.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rate_plan_code,rate_plan_name,space_type_code,space_type_name,cm_rate_code,cm_rate_name,cm_room_code,cm_room_name,excluded_reason,status", lines[0]);
        Assert.Equal(27, lines.Length);
        Assert.Equal("FF,Fully Flexible,SGL,Single Room,P-FF,Rate FF,R-SGL,Room SGL,,mapped", lines[1]);
    }

    [Fact]
    public async Task The_JSON_export_names_the_property_and_imports_back_into_an_emptied_mapping()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await SaveAsync(ids, EverythingEdit());

        var export = await mapping.ExportAsync(ids.Project, ids.Connection, ExportFormat.Json);

        Assert.NotNull(export);
        Assert.EndsWith("-v2.json", export.FileName);
        Assert.Contains("\"property\": \"Keizersgracht Demo Hotel & Hostel\"", export.Text);
        var before = Sorted((await ViewAsync(ids)).State);
        var (file, problems) = MappingFile.Parse(export.Text);
        Assert.Empty(problems);
        var again = await mapping.ApplyAsync(ids.Project, ids.Connection, (await ViewAsync(ids)).Version, new ImportMappingEdit(file!), "Jana");
        Assert.Equal(ResultKind.Unchanged, again.Kind);
        await SaveAsync(ids, new RemoveCodeEdit(CmCodeKind.Room, Mappings.Catalog().Rooms[0].Code));
        await SaveAsync(ids, new ImportMappingEdit(file!));
        Assert.Equal(before, Sorted((await ViewAsync(ids)).State));
    }

    /// <summary>The state in a fixed order: a code the import adds back goes to the end of the catalog.</summary>
    private static string Sorted(MappingState state) => string.Join("\n",
        state.Rooms.Concat(state.Rates).Select(c => $"{c.Code}={c.Name}")
            .Concat(state.SpaceTypeRooms.Concat(state.RatePlanRates).Select(a => $"{a.Key}->{a.Value}"))
            .Concat(state.Exclusions.Select(e => $"{e.RatePlanCode}x{e.SpaceTypeCode}:{e.Reason}"))
            .Order(StringComparer.Ordinal));

    [Fact]
    public async Task There_is_nothing_to_export_for_a_connection_of_another_project()
    {
        var ids = await FetchedAsync();
        var other = await Services.CreateProjectAsync(Services.ValidInput("Other CM"));

        Assert.Null(await mapping.ExportAsync(other, ids.Connection, ExportFormat.Csv));
    }

    [Fact]
    public async Task A_connection_removed_in_P4_refuses_edits()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await mews.Connections.RemoveAsync(ids.Project, ids.Connection, "Jana");

        var outcome = await mapping.ApplyAsync(ids.Project, ids.Connection, 1, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL"), "Jana");
        var undo = await mapping.UndoAsync(ids.Project, ids.Connection, 1, "Jana");

        Assert.Equal(ResultKind.Missing, outcome.Kind);
        Assert.StartsWith("This connection is no longer picked for the Mews simulator", outcome.Message);
        Assert.Equal(ResultKind.Missing, undo.Kind);
    }

    [Fact]
    public async Task A_deleted_project_refuses_edits()
    {
        var ids = await FetchedAsync();

        var outcome = await mapping.ApplyAsync(ids.Project + 100, ids.Connection, 0, CatalogEdit(), "Jana");

        Assert.Equal((ResultKind.Missing, $"Project {ids.Project + 100} no longer exists. Go back to the project list."), (outcome.Kind, outcome.Said()));
    }

    [Fact]
    public async Task A_saved_mapping_that_cannot_be_read_is_shown_empty_with_a_warning_and_the_next_change_replaces_it()
    {
        var ids = await FetchedAsync();
        await SaveAsync(ids, CatalogEdit());
        await using (var db = await Database.Factory.CreateDbContextAsync())
            await db.MappingSets.Where(m => m.ConnectionId == ids.Connection).ExecuteUpdateAsync(m => m.SetProperty(s => s.StateJson, "{not json"));

        var view = await ViewAsync(ids);
        var gaps = (await Services.Preparation.LoadAsync(ids.Project))!.Facts.MappingGaps;
        await SaveAsync(ids, new AddCodeEdit(CmCodeKind.Room, "R-NEW", "New room"));

        Assert.Equal((MappingState.UnreadableMessage, 0), (view.Warning, view.State.Rooms.Count));
        Assert.StartsWith("Map or exclude 23 combinations", gaps[0]);
        var after = await ViewAsync(ids);
        Assert.Null(after.Warning);
        Assert.Equal(["R-NEW"], after.State.Rooms.Select(r => r.Code));
    }
}
