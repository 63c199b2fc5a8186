using System.Collections.Concurrent;
using System.Threading.Channels;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>A request the proxy forwarded, waiting to be written.</summary>
public sealed record RecordedRequest(ProxyRecording Recording, ConnectorRequest Request, long RequestBytes, long ResponseBytes);

/// <summary>
/// Takes each forwarded request off the request's path: the proxy hands it over and answers the integration at once, and
/// one writer stores the requests in batches. The queue is bounded, so memory is too; when it is full (the database far
/// behind) the proxy waits rather than drop a request, because a review with holes would mislead.
/// </summary>
public sealed class ProxyRecorder(IDbContextFactory<DashboardDbContext> dbFactory, ProjectPageRefresh pageRefresh, ILogger<ProxyRecorder> log) : BackgroundService
{
    public const int QueueLength = 10_000;
    public const int BatchSize = 500;

    private readonly Channel<RecordedRequest> queue = Channel.CreateBounded<RecordedRequest>(new BoundedChannelOptions(QueueLength) { SingleReader = true });
    private readonly ConcurrentDictionary<string, ProxyRecording?> recordings = new(StringComparer.Ordinal);

    public ValueTask RecordAsync(RecordedRequest request, CancellationToken cancellation) => queue.Writer.WriteAsync(request, cancellation);

    /// <summary>How long Stop waits for requests still at Mews or queued before it closes the run anyway.</summary>
    public static readonly TimeSpan StopWait = TimeSpan.FromSeconds(15);

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
        var next = await db.ConnectorRequests.Where(c => c.RunId == run.Id).MaxAsync(c => (int?)c.Index) + 1 ?? 0;
        var recording = new ProxyRecording(run.ProjectId, run.Id, new Uri(journey?.MewsAddress ?? ConnectorJourney.DemoAddress), next);
        return recordings.GetOrAdd(key, recording);
    }

    public ProxyRecording? Live(string? key) => key is not null && recordings.TryGetValue(key, out var recording) ? recording : null;

    /// <summary>
    /// Stops forwarding for the key (it stays known as stopped, so a request arriving meanwhile cannot revive it) and
    /// waits until every request it took in is written, up to <see cref="StopWait"/>.
    /// </summary>
    public async Task StopAsync(string key)
    {
        var stopped = recordings.TryGetValue(key, out var live) ? live : null;
        recordings[key] = null;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (stopped is { Pending: > 0 } && waited.Elapsed < StopWait)
            await Task.Delay(20);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<RecordedRequest>(BatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var request))
                    batch.Add(request);
                await WriteAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; what is still queued is written below.
        }
        while (queue.Reader.TryRead(out var request))
            batch.Add(request);
        if (batch.Count > 0)
            await WriteAsync(batch);
    }

    /// <summary>Writes a batch; if that fails, each run's requests on their own, so one deleted run costs only its requests.</summary>
    private async Task WriteAsync(IReadOnlyList<RecordedRequest> batch)
    {
        try
        {
            if (!await TryWriteAsync(batch))
            {
                foreach (var run in batch.GroupBy(c => c.Recording.RunId))
                {
                    if (!await TryWriteAsync([.. run]))
                        log.LogWarning("Recorded calls of run {RunId} could not be written ({Count}); the run was deleted or the database is unavailable", run.Key, run.Count());
                }
            }
        }
        finally
        {
            foreach (var recording in batch.GroupBy(c => c.Recording))
            {
                recording.Key.Written(recording.Count());
                pageRefresh.Raise(recording.Key.ProjectId);
            }
        }
    }

    private async Task<bool> TryWriteAsync(IReadOnlyList<RecordedRequest> batch)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            foreach (var run in batch.GroupBy(c => c.Recording.RunId))
            {
                var stored = await db.ConnectorRuns.FirstOrDefaultAsync(r => r.Id == run.Key);
                if (stored is null)
                    continue;
                foreach (var request in run)
                    db.ConnectorRequests.Add(ConnectorRunRequest.From(run.Key, request.Request, request.RequestBytes, request.ResponseBytes));
                var (first, last) = (run.Min(c => c.Request.TimeUtc), run.Max(c => c.Request.TimeUtc));
                stored.Requests += run.Count();
                stored.FirstRequestUtc = stored.FirstRequestUtc is { } earliest && earliest <= first ? earliest : first;
                stored.LastRequestUtc = stored.LastRequestUtc is { } latest && latest >= last ? latest : last;
            }
            await db.SaveChangesAsync();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The writer must outlive any one bad batch: if it stopped, the queue would fill and the proxy would hang.
            log.LogWarning("Writing recorded calls ({Count}) failed: {Reason}", batch.Count, ex.InnerException?.Message ?? ex.Message);
            return false;
        }
    }
}
