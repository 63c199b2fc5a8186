using System.Diagnostics;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>P6: loads and saves each connection's mapping. Every change is checked against the newest configuration, kept for undo, and refused when someone else saved first.</summary>
public sealed class MappingService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    ProjectEvents events,
    TimeProvider clock,
    ILogger<MappingService> log)
{
    /// <summary>How many changes per connection Undo can walk back.</summary>
    public const int KeptRevisions = 100;

    /// <param name="connectionId">The connection to show; the first picked one when null or not picked.</param>
    public async Task<MappingView?> LoadAsync(int projectId, int? connectionId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var connections = (await db.ChosenConnectionsAsync(project))
            .Select(c => new MappingConnection(c.Id, c.Label)).ToList();
        var connection = connections.FirstOrDefault(c => c.Id == connectionId) ?? connections.FirstOrDefault();
        if (connection is null)
            return Empty(project, connections, null, $"No connection is picked for the {project.Environment.Label()}. Pick one in P4 and fetch its configuration in P5.");

        var snapshot = await db.LatestSnapshotAsync(connection.Id);
        if (snapshot is null)
            return Empty(project, connections, connection, "This connection's configuration has not been fetched. Fetch it in P5, then map it here.");
        if (PropertyProfileData.Parse(snapshot.ProfileJson) is not { } profile)
            return Empty(project, connections, connection, $"Snapshot #{snapshot.Id} cannot be read as a configuration. Fetch the configuration again in P5.");

        var set = await db.MappingSets.AsNoTracking().FirstOrDefaultAsync(m => m.ConnectionId == connection.Id);
        var read = MappingState.Read(set?.StateJson);
        var (state, warning) = (read.Value!, read.Warnings.FirstOrDefault());
        var reviewed = state.BasedOnSnapshotId is { } reviewedId && reviewedId != snapshot.Id
            ? await db.SnapshotJsonAsync(reviewedId)
            : null;
        var drift = MappingDrift.Compare(reviewed is null ? null : PropertyProfileData.Parse(reviewed), state.BasedOnSnapshotId, profile, snapshot.Id, state);
        return new MappingView(project, connections, connection, snapshot.Id, snapshot.FetchedAt, profile, state, set?.Version ?? 0,
            await LastChangeAsync(db, connection.Id), drift, null, warning);
    }

    /// <param name="expectedVersion">The version the page loaded; a different saved version means someone else changed it.</param>
    public Task<Result<string>> ApplyAsync(int projectId, int connectionId, int expectedVersion, MappingEdit edit, string who) =>
        ChangeAsync(projectId, connectionId, expectedVersion, who, async (db, set) =>
        {
            var snapshot = await db.LatestSnapshotAsync(connectionId);
            if (snapshot is null || PropertyProfileData.Parse(snapshot.ProfileJson) is not { } profile)
                return Staged.Stop(Result.InvalidWhole<string>("This connection has no readable configuration. Fetch it in P5 first."));
            var saved = MappingState.Read(set?.StateJson).Value!;
            // A mapping's first change reviews it against the configuration it is made on.
            var before = saved with { BasedOnSnapshotId = saved.BasedOnSnapshotId ?? snapshot.Id };
            var result = edit.Apply(before, new MappingContext(profile, snapshot.Id));
            if (!result.Succeeded)
                return Staged.Stop(result.As<string>());
            // An import of what is already there changes nothing either, and leaves nothing to undo.
            if (result.Value is not { State: var after, Description: var description } || after.SameAs(before))
                return Staged.Stop((edit is ImportMappingEdit ? Result.Unchanged("The file matches the saved mapping; nothing changed.") : Result.Unchanged()).As<string>());

            if (set is null)
            {
                set = new MappingSet { ConnectionId = connectionId, ProjectId = projectId };
                db.MappingSets.Add(set);
            }
            db.MappingRevisions.Add(new MappingRevision
            {
                ConnectionId = connectionId,
                Description = TextCut.Shorten(description, MappingRevision.MaxDescriptionLength),
                PreviousStateJson = before.ToJson(),
                ChangedBy = who,
                ChangedAt = clock.GetUtcNow(),
            });
            return new Staged(null, set, after, description);
        });

    /// <summary>Restores the state before the newest change, which then leaves the undo list.</summary>
    public Task<Result<string>> UndoAsync(int projectId, int connectionId, int expectedVersion, string who) =>
        ChangeAsync(projectId, connectionId, expectedVersion, who, async (db, set) =>
        {
            var last = set is null ? null : await db.MappingRevisions.Where(r => r.ConnectionId == connectionId).OrderByDescending(r => r.Id).FirstOrDefaultAsync();
            if (set is null || last is null)
                return Staged.Stop(Result.InvalidWhole<string>("There is nothing to undo."));
            if (MappingState.FromJson(last.PreviousStateJson).Value is not { } previous)
                return Staged.Stop(Result.InvalidWhole<string>($"The mapping before \"{last.Description}\" could not be read, so that change cannot be undone."));
            db.MappingRevisions.Remove(last);
            return new Staged(null, set, previous, $"Undid: {last.Description}");
        });

    /// <returns>The file's text and name, or null when the project, connection or configuration is missing.</returns>
    public async Task<ExportFile?> ExportAsync(int projectId, int connectionId, ExportFormat format)
    {
        if (await LoadAsync(projectId, connectionId) is not { Profile: { } profile, Connection: { } connection } view || connection.Id != connectionId)
            return null;
        var name = $"mapping-{view.Project.Name}-{connection.Id}-v{view.Version}";
        name = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '-'));
        return format == ExportFormat.Json
            ? new ExportFile(MappingExport.Json(profile, view.State, new ExportHeader(profile.Response.Property?.Name ?? "", connection.Label,
                view.SnapshotId, view.SnapshotFetchedAt!.Value, clock.GetUtcNow())), name + ".json", format)
            : new ExportFile(MappingExport.Csv(profile, view.State), name + ".csv", format);
    }

    /// <summary>
    /// One change in one transaction: the version check, <paramref name="stage"/> (which decides the new state, or stops
    /// with an outcome), the write, pruning the undo list, then P6. A change transaction (<see cref="ChangeTransactions.BeginChangeAsync"/>)
    /// makes a second change wait for the first and then fail the version check: it cannot race past it.
    /// </summary>
    private async Task<Result<string>> ChangeAsync(int projectId, int connectionId, int expectedVersion, string who,
        Func<DashboardDbContext, MappingSet?, Task<Staged>> stage)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        var opened = await OpenAsync(db, projectId, connectionId, expectedVersion);
        if (!opened.Succeeded)
            return opened.As<string>();
        var staged = await stage(db, opened.Value);
        if (staged.Outcome is { } stopped)
            return stopped;
        Write(staged.Set!, staged.State!, expectedVersion + 1, who, clock.GetUtcNow());
        if (await db.TrySaveAsync(log, $"the mapping of connection {connectionId}", who) is { Succeeded: false } failure)
            return failure.As<string>();
        await PruneAsync(db, connectionId);
        await transaction.CommitAsync();
        return await FinishAsync(projectId, connectionId, staged.Description, who, started);
    }

    private static MappingView Empty(CertificationProject project, IReadOnlyList<MappingConnection> connections, MappingConnection? connection, string problem) =>
        new(project, connections, connection, 0, null, null, MappingState.Empty, 0, null, null, problem, null);

    /// <summary>The connection's saved mapping (null before its first change), or why the edit cannot go ahead.</summary>
    private static async Task<Result<MappingSet?>> OpenAsync(DashboardDbContext db, int projectId, int connectionId, int expectedVersion)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return Result.ProjectMissing(projectId).As<MappingSet?>();
        if (!await db.IsChosenAsync(project, connectionId))
            return Result.Missing(Result.Whole, $"This connection is no longer picked for the {project.Environment.Label()} (it was removed in P4, or the environment changed). Reload the page.").As<MappingSet?>();
        var set = await db.MappingSets.FirstOrDefaultAsync(m => m.ConnectionId == connectionId);
        return (set?.Version ?? 0) == expectedVersion ? Result.Of(set) : Conflict(set).As<MappingSet?>();
    }

    private static void Write(MappingSet set, MappingState state, int version, string who, DateTimeOffset now)
    {
        set.StateJson = state.ToJson();
        set.Version = version;
        set.UpdatedBy = who;
        set.UpdatedAt = now;
    }

    private static async Task PruneAsync(DashboardDbContext db, int connectionId)
    {
        var oldestKept = await db.MappingRevisions.Where(r => r.ConnectionId == connectionId).OrderByDescending(r => r.Id)
            .Skip(KeptRevisions - 1).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        if (oldestKept is { } id)
            await db.MappingRevisions.Where(r => r.ConnectionId == connectionId && r.Id < id).ExecuteDeleteAsync();
    }

    private async Task<Result<string>> FinishAsync(int projectId, int connectionId, string description, string who, long started)
    {
        var saved = Stopwatch.GetElapsedTime(started);
        var steps = await events.PublishAsync(new MappingSaved(projectId, who));
        log.LogInformation("Mapping of connection {ConnectionId} saved in {SaveMs:0.0} ms ({TotalMs:0.0} ms with P6): {Change}",
            connectionId, saved.TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds, description);
        return Result.Of(description, steps.Notices) with
        {
            Warnings = steps.Warnings.Select(w => $"The mapping was saved, but P6 could not be updated: {w}").ToList(),
        };
    }


    /// <param name="theirs">The saved mapping that won, when it can be read.</param>
    private static Result<string> Conflict(MappingSet? theirs) => Result.Conflict(
        "Someone else changed this mapping since you loaded it" +
        (theirs is null ? "" : $" ({theirs.UpdatedBy}, at {theirs.UpdatedAt.UtcDateTime:HH:mm:ss} UTC)") +
        ". Your change was not applied. Reload to see their version, then make your change again.").As<string>();

    private static async Task<MappingChange?> LastChangeAsync(DashboardDbContext db, int connectionId) =>
        await db.MappingRevisions.AsNoTracking().Where(r => r.ConnectionId == connectionId).OrderByDescending(r => r.Id)
            .Select(r => new MappingChange(r.Description, r.ChangedBy, r.ChangedAt)).FirstOrDefaultAsync();

    /// <summary>What a change decided: the new state of the set to write, or an outcome that ends it with nothing written.</summary>
    private sealed record Staged(Result<string>? Outcome, MappingSet? Set, MappingState? State, string Description)
    {
        public static Staged Stop(Result<string> outcome) => new(outcome, null, null, "");
    }
}
