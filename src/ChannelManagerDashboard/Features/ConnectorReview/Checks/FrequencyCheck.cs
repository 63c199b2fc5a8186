using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// One row of the frequency table: how often one query (an operation with one set of filters) was polled, the chunks
/// and retries of one sync run counted once (follow-up pages, failed requests and lookups of given records not counted).
/// </summary>
public sealed record FrequencyRow(string Operation, int Polls, TimeSpan? Median, TimeSpan? Shortest, TimeSpan? Longest, string? Guidance);

/// <summary>
/// S8: polling fits the documented frequencies of the declared use cases, static data is cached, and entities with a
/// webhook are not polled every few minutes. Polls are counted per distinct query and sync run; the tolerances, the
/// sync-run bounds and the thresholds that are not in Mews' pages are ours and say so.
/// </summary>
public sealed class FrequencyCheck(ConnectorCatalog catalog, DeclaredWorkflow declared) : IReviewCheck
{
    /// <summary>Ours: a sync this much faster, or later, than documented is still on schedule (jitter, clock drift).</summary>
    public const double Tolerance = 0.1;

    /// <summary>Ours: only reads of one query less than this apart may belong to one sync run (its chunks, a retry).</summary>
    public static readonly TimeSpan SyncRunGap = TimeSpan.FromMinutes(1);

    /// <summary>Ours: a sync run's chunks move their times at least this many times faster than the clock; a poller's window moves with it.</summary>
    public const int CatchUp = 2;

    /// <summary>Ours: a sync run ends this long after its first read, so a poller cannot hide in one endless run.</summary>
    public static readonly TimeSpan SyncRunLength = TimeSpan.FromMinutes(10);

    /// <summary>Ours: distinct queries followed one by one; past this many, more are counted together and not judged.</summary>
    public const int MaxQueries = 1000;

    private readonly Dictionary<ulong, Query> queries = [];
    private readonly Dictionary<string, Query> pooled = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Token, ulong Query), Run> runs = [];
    private DateTimeOffset? first, last;

    public IReadOnlyList<FrequencyRow> Rows { get; private set; } = [];

    public void Add(ConnectorRequest request, JsonElement body)
    {
        first = first is null || request.TimeUtc < first ? request.TimeUtc : first;
        last = last is null || request.TimeUtc > last ? request.TimeUtc : last;
        var succeeded = request.Status is >= 200 and < 300;
        if (RequestBody.Limitation(body).Cursor is not null && succeeded)
            return;
        var operation = catalog.Find(request.Path);
        var name = operation?.Name ?? ConnectorOperation.NameOf(request.Path);
        if (RequestBody.IsLookup(operation, body) && !ConnectorGuidance.PolledByIds.Contains(name))
            return;
        var queryKey = PollQuery.Key(name, body);
        var key = (request.AccessTokenHash, queryKey);
        if (!succeeded)
        {
            // A failed read or page: what follows soon is its retry, part of the run.
            if (runs.TryGetValue(key, out var failed))
                runs[key] = failed with { Failed = true };
            return;
        }
        if (!queries.TryGetValue(queryKey, out var query))
        {
            if (queries.Count < MaxQueries)
                queries[queryKey] = query = new Query(name, PollQuery.Label(name, body), request.Index);
            else
            {
                if (!pooled.TryGetValue(name, out query))
                    pooled[name] = query = new Query(name, $"{name} (other queries, not judged)", request.Index);
                query.Polls++;
                return;
            }
        }
        query.Last = request.Index;
        var times = RequestBody.Times(body);
        var seen = runs.TryGetValue(key, out var run);
        if (seen && run.Continues(request.TimeUtc, times))
        {
            runs[key] = run with { LastRead = request.TimeUtc, Times = times, Failed = false };
            return;
        }
        query.Polls++;
        if (seen)
            query.Gaps.Add(request.TimeUtc - run.Start);
        runs[key] = new Run(request.TimeUtc, request.TimeUtc, times, false);
    }

    public CheckVerdict Finish()
    {
        var findings = new List<ReviewFinding>();
        var failed = false;
        var days = Math.Max(1, ((last ?? default) - (first ?? default)).TotalDays);
        var rows = new List<FrequencyRow>();
        foreach (var query in queries.Values.OrderByDescending(q => q.Polls))
        {
            var (name, gaps) = (query.Name, query.Gaps);
            var median = gaps.Median;
            var guidance = ConnectorGuidance.Polling.FirstOrDefault(g => g.Operation == name && declared.UseCases.Any(u => u.Name == g.UseCase));
            rows.Add(new(query.Label, query.Polls, median, gaps.Shortest, gaps.Longest, guidance is null ? null : $"{guidance.UseCase}: {guidance.Source}"));
            var requests = new[] { query.First, query.Last };
            if (guidance is { AtLeastDaily: false } && median < guidance.Every * (1 - Tolerance))
            {
                failed = true;
                findings.Add(new($"{query.Label} is polled every {Describe(median.Value)} (median of {query.Polls} polls); the {guidance.UseCase} page says to {guidance.Source} " +
                                 string.Create(CultureInfo.InvariantCulture, $"(ours: up to {Tolerance:P0} faster passes; the chunks and retries of one sync run count once)."), requests));
            }
            if (guidance is { AtLeastDaily: true } && (gaps.Longest > guidance.Every * (1 + Tolerance) || (days >= 2 && query.Polls < 2)))
            {
                failed = true;
                findings.Add(new($"{query.Label}: the longest gap between polls is {(gaps.Longest is { } gap ? Describe(gap) : "the whole run")}; the {guidance.UseCase} page says to {guidance.Source} " +
                                 string.Create(CultureInfo.InvariantCulture, $"(ours: up to {Tolerance:P0} later passes)."), requests));
            }
            if (ConnectorGuidance.StaticData.Contains(name) && query.Polls / days > ConnectorGuidance.StaticRequestsPerDay)
            {
                failed = true;
                findings.Add(new(string.Create(CultureInfo.InvariantCulture, $"{query.Label} is static data read {query.Polls / days:0.#} times a day; Mews says to cache it, so re-read it a few times a day at most (ours: {ConnectorGuidance.StaticRequestsPerDay})."), requests));
            }
            if (ConnectorGuidance.Webhooks.TryGetValue(name, out var webhook) && median < ConnectorGuidance.WebhookPollingFloor && guidance is null)
                findings.Add(new($"Warning (ours): {query.Label} is polled every {Describe(median.Value)} (median); Mews announces these changes with the {webhook} webhook, so subscribe instead of polling.", requests));
        }
        rows.AddRange(pooled.Values.Select(p => new FrequencyRow(p.Label, p.Polls, null, null, null, null)));
        Rows = rows;
        return new("S8", "Polling frequency", !failed, true, findings);
    }

    /// <summary>A gap as a person reads it, e.g. "2.5 min", the same in every culture.</summary>
    public static string Describe(TimeSpan gap) =>
        gap.TotalHours >= 2 ? Tenths(gap.TotalHours, "h") : gap.TotalMinutes >= 2 ? Tenths(gap.TotalMinutes, "min") : Tenths(gap.TotalSeconds, "s");

    private static string Tenths(double value, string unit) => string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {unit}");

    /// <summary>One sync run of a query: its first and last read, the times the last one named, and whether a read failed since.</summary>
    private readonly record struct Run(DateTimeOffset Start, DateTimeOffset LastRead, (DateTimeOffset Earliest, DateTimeOffset Latest)? Times, bool Failed)
    {
        /// <summary>
        /// A read soon after this run's last one is part of it when it retries a failed read, or is another chunk of
        /// the run: its times moved further than the clock did, as when a sync reads a long window in pieces. The same
        /// query sent again, or its window moved on with the clock, is the next poll, however soon.
        /// </summary>
        public bool Continues(DateTimeOffset at, (DateTimeOffset Earliest, DateTimeOffset Latest)? times)
        {
            var elapsed = at - LastRead;
            if (elapsed >= SyncRunGap || at - Start >= SyncRunLength)
                return false;
            return Failed || (Times is var (earliest, latest) && times is var (from, to)
                              && TimeSpan.FromTicks(Math.Max(Math.Abs((from - earliest).Ticks), Math.Abs((to - latest).Ticks))) > CatchUp * elapsed);
        }
    }

    /// <summary>One distinct query (or, past <see cref="MaxQueries"/>, all the others of an operation): its polls and the gaps between them.</summary>
    private sealed class Query(string name, string label, int first)
    {
        public string Name { get; } = name;
        public string Label { get; } = label;
        public int First { get; } = first;
        public int Last { get; set; } = first;
        public int Polls { get; set; }
        public GapHistogram Gaps { get; } = new();
    }
}
