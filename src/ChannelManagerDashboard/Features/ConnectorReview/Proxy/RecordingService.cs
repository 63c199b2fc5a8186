using System.Globalization;
using System.Security.Cryptography;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>Starting and stopping a proxy recording: a run the proxy writes into while its key is set.</summary>
public sealed class RecordingService(
    IDbContextFactory<DashboardDbContext> dbFactory, ProxyUpstream upstream, ProxyRecorder recorder, ProjectPageRefresh pageRefresh, TimeProvider clock, ILogger<RecordingService> log)
{
    /// <summary>Starts a proxy recording: a new run with the secret key the integration's Mews base address ends in.</summary>
    public async Task<Result<int>> StartAsync(int projectId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId).As<int>();
        if (await db.ConnectorRuns.AnyAsync(r => r.ProjectId == projectId && r.RecordingKey != null))
            return Result.Invalid(Result.Whole, "A recording is already running for this project; stop it first.").As<int>();
        var journey = await db.ConnectorJourneys.AsNoTracking().FirstOrDefaultAsync(j => j.ProjectId == projectId);
        var mews = journey?.MewsAddress ?? ConnectorJourney.DemoAddress;
        if (JourneyInput.Forwardable(mews) is { Succeeded: false } refused)
            return refused.As<int>();
        // The rule may have changed since the address was saved.
        if (await upstream.RefusalAsync(mews) is { } disallowed)
            return Result.Invalid(nameof(JourneyInput.MewsAddress), disallowed).As<int>();
        var now = clock.GetUtcNow();
        var run = new ConnectorRun
        {
            ProjectId = projectId, Name = string.Create(CultureInfo.InvariantCulture, $"Proxy recording {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC"), Source = RunSource.Proxy, CreatedAt = now, CreatedBy = who,
            RecordingKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), Complete = true,
        };
        db.ConnectorRuns.Add(run);
        if (await db.TrySaveAsync(log, "the new recording", who) is { Succeeded: false } failure)
            return failure.As<int>();
        pageRefresh.Raise(projectId);
        return Result.Of(run.Id, "Recording. Point the integration's Mews base address at the proxy address shown.");
    }

    /// <summary>Stops forwarding, waits for the requests still being written, then closes the run.</summary>
    public async Task<Result> StopAsync(int projectId, int runId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.FirstOrDefaultAsync(r => r.Id == runId && r.ProjectId == projectId);
        if (run?.RecordingKey is not { } key)
            return Result.Unchanged("That recording has already stopped.");
        await recorder.StopAsync(key);
        await db.Entry(run).ReloadAsync();
        run.RecordingKey = null;
        if (await db.TrySaveAsync(log, $"run {runId}", who) is { Succeeded: false } failure)
            return failure;
        pageRefresh.Raise(projectId);
        return Result.Ok(string.Create(CultureInfo.InvariantCulture, $"Recording stopped: {run.Requests:N0} calls."));
    }
}
