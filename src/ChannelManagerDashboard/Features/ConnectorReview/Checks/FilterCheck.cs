using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S7: every getAll is narrowed by one of the filters its reference documents (ids, names, emails, numbers, states,
/// intervals, …); each interval and list is within its documented maximum; a 408's window is read again in smaller
/// windows; incremental UpdatedUtc windows of each query chain without gaps (overlaps over 5 minutes are our own
/// warning).
/// </summary>
public sealed partial class FilterCheck(ConnectorCatalog catalog) : IReviewCheck
{
    /// <summary>Ours: incremental windows may overlap this much to absorb clock skew without re-reading much.</summary>
    public static readonly TimeSpan AllowedOverlap = TimeSpan.FromMinutes(5);

    /// <summary>Ours: queries whose UpdatedUtc windows are chained; windows of further queries are counted, not chained.</summary>
    public const int MaxQueries = 1000;

    private readonly FindingGroups<string> problems = new();
    private readonly FindingGroups<string> overlaps = new();
    private readonly Dictionary<(string? Token, ulong Query), (DateTimeOffset Start, DateTimeOffset End)> windows = [];
    private readonly TimedOutWindows timedOut = new();
    private readonly RequestSample unchained = new();

    public void Add(ConnectorRequest request, JsonElement body)
    {
        if (catalog.Find(request.Path) is not { } operation || body.ValueKind != JsonValueKind.Object)
            return;
        (string Property, DateTimeOffset Start, DateTimeOffset End)? longest = null;
        var narrowed = false;
        foreach (var sent in body.EnumerateObject())
        {
            if (operation.Property(sent) is not { } property)
                continue;
            narrowed |= property is { IsFilter: true, Deprecated: false } && RequestBody.HasValue(sent.Value);
            if (property.IsInterval && RequestBody.Interval(body, property.Name) is var (start, end))
            {
                var length = end - start;
                if (longest is null || length > longest.Value.End - longest.Value.Start)
                    longest = (property.Name, start, end);
                if (end < start)
                    Note($"{operation.Name}: {property.Name} ends before it starts; Mews wants StartUtc ≤ EndUtc.", request, FindingText.Span(start, end));
                else if (property.MaxInterval is { } max && Exceeds(start, end, max))
                    Note($"{operation.Name}: {property.Name} spans more than the {max} the reference allows; split it into several calls.", request, $"{Describe(length)}, {FindingText.Span(start, end)}");
            }
            else if (property.MaxItems is { } most && sent.Value.ValueKind == JsonValueKind.Array && sent.Value.GetArrayLength() is var items && items > most)
                Note($"{operation.Name}: {property.Name} lists more than the {most} items the reference allows; split it into several calls.", request, $"{items} items");
        }
        if (!narrowed && IsUnfiltered(operation))
            Note($"{operation.Name} was called without any filter, so it reads everything; Mews wants every read narrowed (best practices) by one of the filters the reference documents: " +
                 $"{string.Join(", ", operation.Filters.Select(f => f.Name))} (for a sync, UpdatedUtc since the last one).", request, FindingText.Properties(body));

        var updated = request.Status is >= 200 and < 300 && RequestBody.Limitation(body).Cursor is null ? RequestBody.Interval(body, "UpdatedUtc") : null;
        if (updated is null && !timedOut.Follows(request))
            return;
        var query = PollQuery.Key(operation.Name, body);
        timedOut.Add(request, body, operation.Name, query, longest);
        if (updated is var (from, to))
            Chain(request, operation, (request.AccessTokenHash, query), from, to);
    }

    public CheckVerdict Finish()
    {
        var findings = problems.Findings().Concat(timedOut.Finish()).ToList();
        var failed = findings.Count > 0;
        findings.AddRange(overlaps.Findings("Warning (ours): "));
        findings.AddRange(timedOut.Unfollowed());
        if (unchained.Count > 0)
            findings.Add(new($"Warning (ours): {Counted.Of(unchained.Count, "call")}: the UpdatedUtc windows of queries past the first {MaxQueries} were not checked for gaps; check them by hand.", unchained.Requests));
        return new("S7", "Filters and intervals", !failed, false, findings);
    }

    /// <summary>A getAll whose reference documents a time filter; static data is read whole and cached instead.</summary>
    private static bool IsUnfiltered(ConnectorOperation operation) =>
        operation.Path.Contains("/getAll", StringComparison.Ordinal) && !ConnectorGuidance.StaticData.Contains(operation.Name)
        && operation.Properties.Any(p => p.IsInterval);

    /// <summary>Successive UpdatedUtc windows of one query (one partition, one set of filters) should chain.</summary>
    private void Chain(ConnectorRequest request, ConnectorOperation operation, (string?, ulong) key, DateTimeOffset from, DateTimeOffset to)
    {
        var known = windows.TryGetValue(key, out var last);
        if (!known && windows.Count >= MaxQueries)
        {
            unchained.Add(request.Index);
            return;
        }
        if (known && (from, to) != last)
        {
            if (from > last.End)
                Note($"{operation.Name}: an UpdatedUtc window starts after the previous one of the same query ended, so changes in between are never read; Mews wants each window to start where the last one ended.",
                    request, $"{FindingText.Span(from, to)} after {FindingText.Span(last.Start, last.End)}");
            else if (last.End - from > AllowedOverlap)
                overlaps.Add(string.Create(CultureInfo.InvariantCulture, $"{operation.Name}: an UpdatedUtc window re-reads more than {AllowedOverlap.TotalMinutes:0} minutes of the previous one of the same query; start where the last one ended."),
                    request, $"{FindingText.Span(from, to)} after {FindingText.Span(last.Start, last.End)}");
        }
        windows[key] = (from, to);
    }

    private static bool Exceeds(DateTimeOffset start, DateTimeOffset end, string max)
    {
        var match = Limit().Match(max);
        if (!match.Success)
            return false;
        var n = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var allowed = match.Groups[2].Value switch
        {
            "month" => start.AddMonths(n),
            "day" => start.AddDays(n),
            "hour" => start.AddHours(n),
            _ => start.AddYears(n),
        };
        return end > allowed;
    }

    private static string Describe(TimeSpan length) =>
        length.TotalDays >= 2 ? string.Create(CultureInfo.InvariantCulture, $"{length.TotalDays:0} days") : string.Create(CultureInfo.InvariantCulture, $"{length.TotalHours:0} hours");

    private void Note(string problem, ConnectorRequest request, string sent) => problems.Add(problem, request, sent);


    [GeneratedRegex(@"^(\d+)\s+(month|day|hour|year)s?$")]
    private static partial Regex Limit();
}
