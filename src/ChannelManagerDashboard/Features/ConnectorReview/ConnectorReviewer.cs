using System.Text.Json;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Reviews a run the way a Mews reviewer reads it: every request goes once through the nine checks S1–S9 and the
/// pictures' counters, so the log is read as a stream and never held whole.
/// </summary>
public sealed class ConnectorReviewer
{
    public const int MaxBadLinesShown = 100;

    private readonly ConnectorCatalog catalog;
    private readonly DeclaredWorkflow declared;
    private readonly RateCheck rate = new();
    private readonly FrequencyCheck frequency;
    private readonly ReviewTimeline timeline = new();
    private readonly IReviewCheck[] checks;
    private readonly List<BadLine> badLines = [];
    private readonly HashSet<string> undocumented = new(StringComparer.Ordinal);
    private readonly HashSet<string> tokens = new(StringComparer.Ordinal);
    private int requests, bad;

    public ConnectorReviewer(ConnectorCatalog catalog, DeclaredWorkflow declared)
    {
        this.catalog = catalog;
        this.declared = declared;
        frequency = new FrequencyCheck(catalog, declared);
        checks =
        [
            new RunLengthCheck(), new WorkflowFitCheck(declared), new ErrorsResolvedCheck(), rate, new FormatCheck(catalog, declared),
            new PaginationCheck(catalog), new FilterCheck(catalog), frequency, new DeprecationCheck(catalog),
        ];
    }

    public static ReviewReport Review(IEnumerable<LogEntry> log, ConnectorCatalog catalog, DeclaredWorkflow declared)
    {
        var reviewer = new ConnectorReviewer(catalog, declared);
        foreach (var entry in log)
            reviewer.Add(entry);
        return reviewer.Finish();
    }

    public void Add(LogEntry entry)
    {
        if (entry.Bad is { } line)
        {
            bad++;
            if (badLines.Count < MaxBadLinesShown)
                badLines.Add(line);
        }
        if (entry.Request is { } request)
            Add(request);
    }

    /// <summary>
    /// Ours: past this many distinct undocumented paths or AccessTokens the rest are counted together, so a log with
    /// ids in its paths, or a token per request, cannot grow the review without bound.
    /// </summary>
    public const int MaxDistinct = 100;

    public void Add(ConnectorRequest request)
    {
        requests++;
        request = Bounded(request);
        using var document = Parse(request.RequestBody);
        var body = document?.RootElement ?? default;
        foreach (var check in checks)
            check.Add(request, body);
        timeline.Add(request);
    }

    public ReviewReport Finish()
    {
        var results = checks.Select(c => c.Finish()).ToList();
        var used = timeline.PerOperation;
        var declaredNames = declared.Operations.Select(o => o.Name).Concat(declared.Undocumented.Select(u => u.Name)).ToHashSet(StringComparer.Ordinal);
        var usage = used.Keys.Union(declaredNames, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(name => new UsageRow(
            name, used.GetValueOrDefault(name), declaredNames.Contains(name),
            declared.UseCases.Any(u => u.Operations.Contains(ConnectorOperation.Prefix + name)), catalog.Find(name) is { Deprecated: true } or { Discontinued: true })).ToList();
        var peaks = rate.Peaks.OrderByDescending(p => p.Value.Count).Select(p => new PeakRow(p.Key, p.Value.Count, p.Value.First, p.Value.Last)).ToList();
        return new ReviewReport(requests, bad, badLines, results, timeline.Hours(), peaks, usage, frequency.Rows);
    }

    private ConnectorRequest Bounded(ConnectorRequest request)
    {
        if (catalog.Find(request.Path) is null && !undocumented.Contains(request.Path))
        {
            if (undocumented.Count >= MaxDistinct)
                request = request with { Path = ConnectorOperation.Prefix + "(other undocumented paths)" };
            else
                undocumented.Add(request.Path);
        }
        if (request.AccessTokenHash is { } token && !tokens.Contains(token))
        {
            if (tokens.Count >= MaxDistinct)
                request = request with { AccessTokenHash = "(other tokens)" };
            else
                tokens.Add(token);
        }
        return request;
    }

    private static JsonDocument? Parse(string body)
    {
        if (body.Length == 0)
            return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
