using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>P5: fetches Get configuration (and Get channels) for a picked connection and keeps each response as a snapshot.</summary>
public sealed class SnapshotService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MewsApiClient mews,
    ConnectionService connections,
    ProjectEvents events,
    TimeProvider clock,
    ILogger<SnapshotService> log)
{
    /// <returns>The stored snapshot's id; a warning when Get channels failed beside it.</returns>
    public async Task<Result<int>> FetchAsync(int projectId, int connectionId, string who, CancellationToken cancellation = default)
    {
        var found = await connections.TokensForAsync(projectId, connectionId);
        if (found.Value is not { } tokens)
            return found.As<int>();
        var profile = await mews.GetConfigurationAsync(tokens.Environment, tokens.ClientToken, tokens.ConnectionToken, cancellation);
        if (profile.Value is not { Value: var response, RawJson: var profileJson })
            return profile.As<int>();
        var channels = await mews.GetChannelsAsync(tokens.Environment, tokens.ClientToken, cancellation);
        string[] warnings = channels.Succeeded ? [] : [$"The configuration was stored, but the channel list was not: {channels.Message}"];

        var snapshot = new PropertyProfileSnapshot
        {
            ProjectId = projectId,
            ConnectionId = connectionId,
            FetchedAt = clock.GetUtcNow(),
            FetchedBy = who,
            PropertyName = response.Property?.Name ?? "",
            SpaceTypeCount = response.SpaceCategories!.Count,
            RatePlanCount = response.RatePlans!.Count,
            InventoryMappingCount = response.InventoryMappings!.Count,
            ProfileJson = MaskTokens(profileJson, tokens),
            ChannelsJson = TokenMask.Scrub(channels.Value?.RawJson ?? "", [tokens.ClientToken]),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellation);
        db.PropertyProfileSnapshots.Add(snapshot);
        if (await db.TrySaveAsync(log, $"the configuration snapshot of project {projectId}", who) is { Succeeded: false } failure)
            return failure.As<int>();
        log.LogInformation("Stored configuration snapshot {SnapshotId} of project {ProjectId}: {SpaceTypes} space types, {RatePlans} rate plans, {Mappings} mappings",
            snapshot.Id, projectId, snapshot.SpaceTypeCount, snapshot.RatePlanCount, snapshot.InventoryMappingCount);
        var steps = await events.PublishAsync(new SnapshotStored(projectId, who));
        return (Result.Of(snapshot.Id) with { Warnings = warnings }).Including(steps);
    }

    /// <summary>P5: each connection picked in P4 with when its configuration was last fetched.</summary>
    public async Task<IReadOnlyList<FetchedConnection>?> ConnectionsAsync(int projectId)
    {
        if (await connections.LoadAsync(projectId) is not { } view)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var ids = view.Chosen.Select(c => c.Id).ToList();
        var fetches = (await db.PropertyProfileSnapshots.AsNoTracking().Where(s => ids.Contains(s.ConnectionId))
                .Select(s => new { s.ConnectionId, s.FetchedAt }).ToListAsync())
            .ToLookup(s => s.ConnectionId, s => s.FetchedAt);
        return view.Chosen.Select(c => new FetchedConnection(c, fetches[c.Id].Any() ? fetches[c.Id].Max() : null, fetches[c.Id].Count())).ToList();
    }

    /// <summary>The project and every snapshot of it, newest first; null when the project does not exist.</summary>
    public async Task<PropertyProfileView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId) is { } project
            ? new PropertyProfileView(project, await ListAsync(projectId))
            : null;
    }

    /// <summary>Every snapshot of the project, newest first.</summary>
    public async Task<IReadOnlyList<SnapshotSummary>> ListAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await db.PropertyProfileSnapshots.AsNoTracking()
            .Where(s => s.ProjectId == projectId)
            .Select(s => new { s.Id, s.ConnectionId, s.FetchedAt, s.FetchedBy, s.SpaceTypeCount, s.RatePlanCount, s.InventoryMappingCount })
            .ToListAsync();
        var connections = await db.ConnectionsByIdAsync(rows.Select(s => s.ConnectionId).Distinct().ToList());
        // Ids follow fetch order.
        return rows.Where(s => connections.ContainsKey(s.ConnectionId)).OrderByDescending(s => s.Id)
            .Select(s => (Row: s, Connection: connections[s.ConnectionId]))
            .Select(s => new SnapshotSummary(s.Row.Id, s.Connection.Environment, s.Connection.Label, s.Row.FetchedAt, s.Row.FetchedBy, s.Row.SpaceTypeCount,
                s.Row.RatePlanCount, s.Row.InventoryMappingCount))
            .ToList();
    }

    /// <returns>The newest snapshot with its certification checks (null when it cannot be read), or null when there is none.</returns>
    public async Task<(SnapshotSummary Summary, IReadOnlyList<ReadinessCheck>? Checks)?> LatestAsync(int projectId)
    {
        if ((await ListAsync(projectId)).FirstOrDefault() is not { } latest)
            return null;
        var profile = await GetAsync(projectId, latest.Id) is { } snapshot ? PropertyProfileData.Parse(snapshot.ProfileJson) : null;
        return (latest, profile is null ? null : CertificationReadiness.Evaluate(profile));
    }

    public async Task<PropertyProfileSnapshot?> GetAsync(int projectId, int snapshotId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.PropertyProfileSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == snapshotId && s.ProjectId == projectId);
    }

    /// <returns>What changed from <paramref name="olderId"/> to <paramref name="newerId"/>, or why they cannot be compared.</returns>
    public async Task<Result<IReadOnlyList<DiffEntry>>> CompareAsync(int projectId, int olderId, int newerId)
    {
        var older = await GetAsync(projectId, olderId);
        var newer = await GetAsync(projectId, newerId);
        if (older is null || newer is null)
            return Result.Missing(Result.Whole, "One of the snapshots no longer exists. Reload the page.").As<IReadOnlyList<DiffEntry>>();
        var before = PropertyProfileData.Parse(older.ProfileJson);
        var after = PropertyProfileData.Parse(newer.ProfileJson);
        if (before is null || after is null)
            return Result.Failed(Result.Whole, $"Snapshot #{(before is null ? olderId : newerId)} cannot be read as a configuration.").As<IReadOnlyList<DiffEntry>>();
        return Result.Of(SnapshotDiff.Compare(before.Response, after.Response));
    }

    /// <summary>
    /// The response repeats the connection token: the stored copy keeps only its mask. The text stays as Mews sent it,
    /// unless its connectionToken field still differs from the mask (Mews wrote it differently), which is then replaced.
    /// </summary>
    internal static string MaskTokens(string json, ConnectionTokens tokens)
    {
        var scrubbed = TokenMask.Scrub(json, [tokens.ConnectionToken, tokens.ClientToken]);
        if (JsonNode.Parse(scrubbed) is not JsonObject root || root["connectionToken"] is not JsonValue field
            || !field.TryGetValue<string>(out var stored) || stored == tokens.ConnectionToken.Mask)
            return scrubbed;
        root["connectionToken"] = TokenMask.Mask(stored);
        return root.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
