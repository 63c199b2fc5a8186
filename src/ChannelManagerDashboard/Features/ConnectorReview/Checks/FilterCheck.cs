using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S7: every getAll is narrowed by ids or a time interval; each interval and id list is within its documented
/// maximum; a 408 is retried with a narrower interval; incremental UpdatedUtc windows chain without gaps (overlaps
/// over 5 minutes are our own warning).
/// </summary>
public sealed partial class FilterCheck(ConnectorCatalog catalog) : IReviewCheck
{
    /// <summary>Ours: incremental windows may overlap this much to absorb clock skew without re-reading much.</summary>
    public static readonly TimeSpan AllowedOverlap = TimeSpan.FromMinutes(5);

    // Scopes every call has, not filters: they do not make a read smaller.
    private static readonly HashSet<string> NotNarrowing = new(StringComparer.Ordinal) { "EnterpriseIds", "ChainIds" };

    private readonly FindingGroups<string> problems = new();
    private readonly FindingGroups<string> overlaps = new();
    private readonly Dictionary<(string? Token, string Path), (DateTimeOffset Start, DateTimeOffset End, int Index)> windows = [];
    private readonly Dictionary<(string? Token, string Path), (TimeSpan Length, int Index)> timedOut = [];

    public void Add(ConnectorCall call, JsonElement body)
    {
        if (catalog.Find(call.Path) is not { } operation || body.ValueKind != JsonValueKind.Object)
            return;
        var longest = TimeSpan.Zero;
        var narrowed = false;
        foreach (var property in operation.Properties)
        {
            if (property.Type == "Time interval" && RequestBody.Interval(body, property.Name) is var (start, end))
            {
                narrowed = true;
                var length = end - start;
                longest = length > longest ? length : longest;
                if (end < start)
                    Note($"{operation.Name}: {property.Name} ends before it starts; send StartUtc ≤ EndUtc.", call);
                else if (property.MaxInterval is { } max && Exceeds(start, end, max))
                    Note($"{operation.Name}: {property.Name} spans {Describe(length)}; the reference allows at most {max}. Split it into several calls.", call);
            }
            else if (property.Type.StartsWith("array of", StringComparison.Ordinal) && RequestBody.Items(body, property.Name) is { } items)
            {
                narrowed |= items > 0 && !NotNarrowing.Contains(property.Name) && (property.Name.EndsWith("Ids", StringComparison.Ordinal) || property.Name.EndsWith("Numbers", StringComparison.Ordinal));
                if (property.MaxItems is { } most && items > most)
                    Note($"{operation.Name}: {property.Name} lists {items} items; the reference allows at most {most}.", call);
            }
        }
        if (!narrowed && IsUnfiltered(operation))
            Note($"{operation.Name} was called without ids or a time interval; always filter (e.g. UpdatedUtc since the last sync) instead of reading everything.", call);

        var key = (call.AccessTokenHash, call.Path);
        if (timedOut.Remove(key, out var heavy) && longest >= heavy.Length)
            Note($"{operation.Name}: retried after a 408 with an interval as long as before; retry with smaller windows (days → single days → hours).", call);
        if (call.Status == 408 && longest > TimeSpan.Zero)
            timedOut[key] = (longest, call.Index);
        if (call.Status is >= 200 and < 300 && RequestBody.Limitation(body).Cursor is null && RequestBody.Interval(body, "UpdatedUtc") is var (from, to))
            Chain(call, operation, key, from, to);
    }

    public CheckResult Finish()
    {
        var findings = problems.InOrder.Select(p => new ReviewFinding($"{p.Sample.Count} call(s): {p.Key}", p.Sample.Calls)).ToList();
        var failed = findings.Count > 0;
        findings.AddRange(overlaps.InOrder.Select(o => new ReviewFinding($"Warning (ours): {o.Sample.Count} call(s): {o.Key}", o.Sample.Calls)));
        return new("S7", "Filters and intervals", !failed, false, findings);
    }

    /// <summary>A getAll whose reference documents a narrowing filter; static data is read whole and cached instead.</summary>
    private static bool IsUnfiltered(ConnectorOperation operation) =>
        operation.Path.Contains("/getAll", StringComparison.Ordinal) && !ConnectorGuidance.StaticData.Contains(operation.Name)
        && operation.Properties.Any(p => p.Type == "Time interval");

    private void Chain(ConnectorCall call, ConnectorOperation operation, (string?, string) key, DateTimeOffset from, DateTimeOffset to)
    {
        if (windows.TryGetValue(key, out var last) && (from, to) != (last.Start, last.End))
        {
            if (from > last.End)
                Note($"{operation.Name}: an UpdatedUtc window starts after the previous one ended, so changes in between are never read; start each window where the last one ended.", call);
            else if (last.End - from > AllowedOverlap)
                overlaps.Add($"{operation.Name}: an UpdatedUtc window re-reads more than {AllowedOverlap.TotalMinutes:0} minutes of the previous one; start where the last one ended.", call.Index);
        }
        windows[key] = (from, to, call.Index);
    }

    private static bool Exceeds(DateTimeOffset start, DateTimeOffset end, string max)
    {
        var match = Limit().Match(max);
        if (!match.Success)
            return false;
        var n = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var allowed = match.Groups[2].Value switch
        {
            "month" => start.AddMonths(n),
            "day" => start.AddDays(n),
            "hour" => start.AddHours(n),
            _ => start.AddYears(n),
        };
        return end > allowed;
    }

    private static string Describe(TimeSpan length) => length.TotalDays >= 2 ? $"{length.TotalDays:0} days" : $"{length.TotalHours:0} hours";

    private void Note(string problem, ConnectorCall call) => problems.Add(problem, call.Index);

    [GeneratedRegex(@"^(\d+)\s+(month|day|hour|year)s?$")]
    private static partial Regex Limit();
}
