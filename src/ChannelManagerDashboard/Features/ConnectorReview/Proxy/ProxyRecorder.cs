using System.Collections.Concurrent;
using System.Threading.Channels;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>A call the proxy forwarded, waiting to be written.</summary>
public sealed record RecordedCall(ProxyRecording Recording, ConnectorCall Call, long RequestBytes, long ResponseBytes);

/// <summary>
/// Takes each forwarded call off the request's path: the proxy hands it over and answers the integration at once, and
/// one writer stores the calls in batches. The queue is bounded, so memory is too; when it is full (the database far
/// behind) the proxy waits rather than drop a call, because a review with holes would mislead.
/// </summary>
public sealed class ProxyRecorder(IDbContextFactory<DashboardDbContext> dbFactory, ProjectSignals signals, ILogger<ProxyRecorder> log) : BackgroundService
{
    public const int QueueLength = 10_000;
    public const int BatchSize = 500;

    private readonly Channel<RecordedCall> queue = Channel.CreateBounded<RecordedCall>(new BoundedChannelOptions(QueueLength) { SingleReader = true });
    private readonly ConcurrentDictionary<string, ProxyRecording?> recordings = new(StringComparer.Ordinal);

    public ValueTask RecordAsync(RecordedCall call, CancellationToken cancellation) => queue.Writer.WriteAsync(call, cancellation);

    /// <summary>The recording behind a proxy key; null when the key is unknown or the recording stopped.</summary>
    public async Task<ProxyRecording?> FindAsync(string key)
    {
        if (recordings.TryGetValue(key, out var known))
            return known;
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.ConnectorRuns.AsNoTracking().FirstOrDefaultAsync(r => r.RecordingKey == key);
        if (run is null)
            return null;
        var journey = await db.ConnectorJourneys.AsNoTracking().FirstOrDefaultAsync(j => j.ProjectId == run.ProjectId);
        var recording = new ProxyRecording(run.ProjectId, run.Id, new Uri(journey?.MewsAddress ?? ConnectorJourney.DemoAddress), run.Calls);
        return recordings.GetOrAdd(key, recording);
    }

    public ProxyRecording? Live(string? key) => key is not null && recordings.TryGetValue(key, out var recording) ? recording : null;

    /// <summary>Stops forwarding for the key and waits until every call it took is written.</summary>
    public async Task StopAsync(string key, CancellationToken cancellation)
    {
        recordings.TryRemove(key, out var stopped);
        while (stopped is { Pending: > 0 } && !cancellation.IsCancellationRequested)
            await Task.Delay(20, cancellation);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<RecordedCall>(BatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var call))
                    batch.Add(call);
                await WriteAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; what is still queued is written below.
        }
        while (queue.Reader.TryRead(out var call))
            batch.Add(call);
        if (batch.Count > 0)
            await WriteAsync(batch);
    }

    private async Task WriteAsync(IReadOnlyList<RecordedCall> batch)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            foreach (var call in batch)
                db.ConnectorCalls.Add(ConnectorRunCall.From(call.Recording.RunId, call.Call, call.RequestBytes, call.ResponseBytes));
            foreach (var run in batch.GroupBy(c => c.Recording.RunId))
            {
                var times = run.Select(c => c.Call.TimeUtc).ToList();
                var stored = await db.ConnectorRuns.FirstOrDefaultAsync(r => r.Id == run.Key);
                if (stored is null)
                    continue;
                stored.Calls += run.Count();
                stored.FirstCallUtc = stored.FirstCallUtc is { } first && first <= times.Min() ? first : times.Min();
                stored.LastCallUtc = stored.LastCallUtc is { } last && last >= times.Max() ? last : times.Max();
            }
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex)
        {
            // A run deleted while recording: its calls have nowhere to go.
            log.LogWarning("{Count} recorded call(s) could not be written: {Reason}", batch.Count, ex.InnerException?.Message ?? ex.Message);
        }
        finally
        {
            foreach (var recording in batch.GroupBy(c => c.Recording))
            {
                recording.Key.Written(recording.Count());
                signals.Raise(recording.Key.ProjectId);
            }
        }
    }
}
