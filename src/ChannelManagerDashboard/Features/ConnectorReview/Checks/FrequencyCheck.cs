using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// One row of the frequency table: how often an operation was polled with one set of filters (follow-up pages,
/// failed calls and lookups by id not counted).
/// </summary>
public sealed record FrequencyRow(string Operation, int Calls, TimeSpan? Median, TimeSpan? Shortest, TimeSpan? Longest, string? Guidance);

/// <summary>
/// S8: polling fits the documented frequencies of the declared use cases, static data is cached, and entities with a
/// webhook are not polled every few minutes. The thresholds that are not in Mews' pages are ours and say so.
/// </summary>
public sealed class FrequencyCheck(DeclaredWorkflow declared) : IReviewCheck
{
    /// <summary>Ours: a sync this much faster than documented is still on schedule (jitter, clock drift).</summary>
    public const double Tolerance = 0.9;

    private readonly Dictionary<string, List<float>> gaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, int Calls, int First, int Last)> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Token, string Path), DateTimeOffset> lastPoll = [];
    private DateTimeOffset? first, last;

    public IReadOnlyList<FrequencyRow> Rows { get; private set; } = [];

    public void Add(ConnectorCall call, JsonElement body)
    {
        first = first is null || call.TimeUtc < first ? call.TimeUtc : first;
        last = last is null || call.TimeUtc > last ? call.TimeUtc : last;
        if (RequestBody.Limitation(body).Cursor is not null || call.Status is < 200 or >= 300 || RequestBody.IsLookup(body))
            return;
        // Identical polling calls: the same operation with the same filters, so a sync and a one-off read do not mix.
        var name = ConnectorOperation.NameOf(call.Path);
        var shape = RequestBody.Filters(body);
        var group = shape.Length > 0 ? $"{name} ({shape})" : name;
        var count = counts.TryGetValue(group, out var seen) ? seen : (Name: name, Calls: 0, First: call.Index, Last: call.Index);
        counts[group] = (name, count.Calls + 1, count.First, call.Index);
        var key = (call.AccessTokenHash, group);
        if (lastPoll.TryGetValue(key, out var previous))
        {
            if (!gaps.TryGetValue(group, out var list))
                gaps[group] = list = [];
            list.Add((float)(call.TimeUtc - previous).TotalSeconds);
        }
        lastPoll[key] = call.TimeUtc;
    }

    public CheckResult Finish()
    {
        var findings = new List<ReviewFinding>();
        var failed = false;
        var days = Math.Max(1, ((last ?? default) - (first ?? default)).TotalDays);
        var rows = new List<FrequencyRow>();
        foreach (var (group, count) in counts.OrderByDescending(c => c.Value.Calls))
        {
            var name = count.Name;
            var sorted = gaps.TryGetValue(group, out var list) ? list.Order().ToList() : [];
            TimeSpan? median = sorted.Count > 0 ? TimeSpan.FromSeconds(sorted[sorted.Count / 2]) : null;
            TimeSpan? longest = sorted.Count > 0 ? TimeSpan.FromSeconds(sorted[^1]) : null;
            var guidance = ConnectorGuidance.Polling.FirstOrDefault(g => g.Operation == name && declared.UseCases.Any(u => u.Name == g.UseCase));
            rows.Add(new(group, count.Calls, median, sorted.Count > 0 ? TimeSpan.FromSeconds(sorted[0]) : null, longest, guidance is null ? null : $"{guidance.UseCase}: {guidance.Source}"));
            var calls = new[] { count.First, count.Last };

            if (guidance is { AtLeastDaily: false } && median < guidance.Every * Tolerance)
            {
                failed = true;
                findings.Add(new($"{name} is polled every {Describe(median.Value)} (median); the {guidance.UseCase} page says to {guidance.Source}.", calls));
            }
            if (guidance is { AtLeastDaily: true } && (longest > guidance.Every || (days >= 2 && count.Calls < 2)))
            {
                failed = true;
                findings.Add(new($"{name}: the longest gap is {(longest is { } gap ? Describe(gap) : "the whole run")}; the {guidance.UseCase} page says to {guidance.Source}.", calls));
            }
            if (ConnectorGuidance.StaticData.Contains(name) && count.Calls / days > ConnectorGuidance.StaticCallsPerDay)
            {
                failed = true;
                findings.Add(new($"{name} is static data read {count.Calls / days:0.#} times a day; cache it and re-read it a few times a day at most (ours: {ConnectorGuidance.StaticCallsPerDay}).", calls));
            }
            if (ConnectorGuidance.Webhooks.TryGetValue(name, out var webhook) && median < ConnectorGuidance.WebhookPollingFloor && guidance is null)
                findings.Add(new($"Warning (ours): {name} is polled every {Describe(median.Value)} (median); Mews announces these changes with the {webhook} webhook, so subscribe instead of polling.", calls));
        }
        Rows = rows;
        return new("S8", "Polling frequency", !failed, true, findings);
    }

    public static string Describe(TimeSpan gap) => gap.TotalHours >= 2 ? $"{gap.TotalHours:0.#} h" : gap.TotalMinutes >= 2 ? $"{gap.TotalMinutes:0.#} min" : $"{gap.TotalSeconds:0.#} s";
}
