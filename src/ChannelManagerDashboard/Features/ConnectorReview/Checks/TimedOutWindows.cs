using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// The time windows of 408 answers, followed until later requests of the same query (same token, operation and filters)
/// read them again. Sending the very same query again is a retry "as heavy as before"; a later success whose interval
/// overlaps the window reads that part of it again; a window some part of which no later request read is data never
/// fetched. The next scheduled sync, reading the next window, is neither.
/// </summary>
public sealed class TimedOutWindows
{
    /// <summary>Ours: timed-out windows followed per query; an older one past this is reported as it stands.</summary>
    public const int MaxPerQuery = 16;

    /// <summary>Ours: pieces of one window still unread; past this the smallest is taken as read, never the other way.</summary>
    public const int MaxPieces = 16;

    /// <summary>Ours: queries with timed-out windows followed at once; a 408 of a further one is counted, not followed.</summary>
    public const int MaxQueries = 100;

    private readonly Dictionary<(string? Token, ulong Query), List<Window>> pending = [];
    private readonly RequestSample unfollowed = new();
    private readonly FindingGroups<string> retried = new();
    private readonly FindingGroups<string> unread = new();

    /// <summary>The request is a 408 with a window, or may read one again: only then does it need its query.</summary>
    public bool Follows(ConnectorRequest request) => request.Status == 408 || pending.Count > 0;

    /// <param name="query">The request's query (operation and filters, times by name).</param>
    /// <param name="interval">The request's longest time interval, by property name; null when it sends none.</param>
    public void Add(ConnectorRequest request, JsonElement body, string operation, ulong query, (string Property, DateTimeOffset Start, DateTimeOffset End)? interval)
    {
        var key = (request.AccessTokenHash, query);
        var timedOut = request.Status == 408 && interval is not null;
        if (!timedOut && !pending.ContainsKey(key))
            return;
        // The whole query with its times, hashed: what tells an unchanged retry from the next window.
        var exact = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(RequestBody.Query(body))), 0, 8);
        if (pending.TryGetValue(key, out var windows))
        {
            foreach (var window in windows)
            {
                if (window.Exact == exact && !window.Retried)
                {
                    window.Retried = true;
                    retried.Add($"{operation}: retried after a 408 with the very same query, as heavy as before; Mews wants a timed-out query retried in smaller windows (days → single days → hours).", request, Describe(window));
                }
                if (request.Status is >= 200 and < 300 && interval is var (_, start, end))
                    window.Read(start, end);
            }
            windows.RemoveAll(w => w.Unread.Count == 0);
            if (windows.Count == 0)
                pending.Remove(key);
        }
        if (request.Status != 408 || interval is not var (property, from, to) || to <= from)
            return;
        if (!pending.TryGetValue(key, out windows))
        {
            if (pending.Count >= MaxQueries)
            {
                unfollowed.Add(request.Index);
                return;
            }
            pending[key] = windows = [];
        }
        if (windows.Any(w => w.Exact == exact))
            return;
        if (windows.Count == MaxPerQuery)
        {
            Report(windows[0]);
            windows.RemoveAt(0);
        }
        windows.Add(new Window(operation, property, from, to, exact, request with { RequestBody = "" }));
    }

    /// <summary>The findings: retries as heavy as the 408, then windows some part of which was never read again.</summary>
    public IEnumerable<ReviewFinding> Finish()
    {
        foreach (var window in pending.Values.SelectMany(w => w))
            Report(window);
        pending.Clear();
        return retried.Findings().Concat(unread.Findings());
    }

    /// <summary>The 408s of queries past <see cref="MaxQueries"/>, not judged: a warning, when there are any.</summary>
    public IEnumerable<ReviewFinding> Unfollowed()
    {
        if (unfollowed.Count > 0)
            yield return new($"Warning (ours): {Counted.Of(unfollowed.Count, "call")} answered 408 while the windows of {MaxQueries} other queries were still followed, so whether their windows were read again was not checked; check them by hand.", unfollowed.Requests);
    }

    private void Report(Window window) =>
        unread.Add($"{window.Operation} answered 408 and the timed-out window was never read again, so the data in it is missing; Mews wants a timed-out query retried in smaller windows (days → single days → hours) until the whole window is read.",
            window.Request, Describe(window) + (window.Unread.Count == 1 && window.Unread[0] == (window.Start, window.End) ? "" : $", of which {string.Join(", ", window.Unread.Select(p => FindingText.Span(p.Start, p.End)))} is unread"));

    private static string Describe(Window window) => $"{window.Property} {FindingText.Span(window.Start, window.End)}";

    private sealed class Window(string operation, string property, DateTimeOffset start, DateTimeOffset end, string exact, ConnectorRequest request)
    {
        public string Operation { get; } = operation;
        public string Property { get; } = property;
        public DateTimeOffset Start { get; } = start;
        public DateTimeOffset End { get; } = end;
        public string Exact { get; } = exact;
        public ConnectorRequest Request { get; } = request;
        public bool Retried { get; set; }
        public List<(DateTimeOffset Start, DateTimeOffset End)> Unread { get; } = [(start, end)];

        /// <summary>Takes a successful read of [start, end) out of what is still unread.</summary>
        public void Read(DateTimeOffset start, DateTimeOffset end)
        {
            var left = new List<(DateTimeOffset Start, DateTimeOffset End)>();
            foreach (var (from, to) in Unread)
            {
                if (end <= from || start >= to)
                {
                    left.Add((from, to));
                    continue;
                }
                if (from < start)
                    left.Add((from, start));
                if (end < to)
                    left.Add((end, to));
            }
            if (left.Count > MaxPieces)
                left.Remove(left.MinBy(p => p.End - p.Start));
            Unread.Clear();
            Unread.AddRange(left);
        }
    }
}
