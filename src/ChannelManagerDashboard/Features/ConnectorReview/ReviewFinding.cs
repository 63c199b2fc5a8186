using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What one check found, and the requests (by index) that show it, each named once.</summary>
public sealed record ReviewFinding(string Message, IReadOnlyList<int> Requests)
{
    public IReadOnlyList<int> Requests { get; } = Requests.Distinct().ToList();
}

/// <summary>One check of the review (S1–S9).</summary>
/// <param name="Heuristic">The rule is our scoring proposal, not one Mews documents.</param>
/// <param name="Findings">What failed, and what is worth a look without failing (warnings).</param>
public sealed record CheckVerdict(string Id, string Title, bool Passed, bool Heuristic, IReadOnlyList<ReviewFinding> Findings);

/// <summary>A check that reads the run one request at a time, so a log of any length is reviewed in bounded memory.</summary>
public interface IReviewCheck
{
    /// <param name="body">The request body, parsed once for every check; Undefined when it is not JSON.</param>
    void Add(ConnectorRequest request, JsonElement body);

    CheckVerdict Finish();
}

/// <summary>Collects the requests a finding names, up to a number a person can open one by one, each once.</summary>
public sealed class RequestSample
{
    public const int MaxRequests = 20;

    private readonly List<int> requests = [];
    private readonly Dictionary<int, int> statuses = [];
    private int last = -1;

    /// <summary>How many requests were added; one added twice in a row (a pair that shares a request) counts once.</summary>
    public int Count { get; private set; }

    /// <summary>What the first request sent that shows the problem, e.g. the value of a property; null when not kept.</summary>
    public string? Sent { get; private set; }

    public void Add(int index)
    {
        if (index == last)
            return;
        last = index;
        Count++;
        if (requests.Count < MaxRequests && !requests.Contains(index))
            requests.Add(index);
    }

    /// <summary>Adds the request with what Mews answered it, and what it sent when it is the first.</summary>
    public void Add(ConnectorRequest request, string? sent)
    {
        if (request.Index == last)
            return;
        Add(request.Index);
        statuses[request.Status] = statuses.GetValueOrDefault(request.Status) + 1;
        Sent ??= sent;
    }

    public IReadOnlyList<int> Requests => requests;

    /// <summary>The success codes Mews answered (e.g. "200", "200/204") and how many requests got one.</summary>
    public (string Codes, int Requests) Successes =>
        (string.Join("/", statuses.Keys.Where(s => s is >= 200 and < 300).Order()), statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value));

    /// <summary>Mews answered these requests, and only with statuses among <paramref name="accepted"/>.</summary>
    public bool AnsweredOnly(params int[] accepted) => statuses.Count > 0 && statuses.Keys.All(accepted.Contains);

    /// <summary>Mews answered at least one of these requests with <paramref name="status"/>.</summary>
    public bool Answered(int status) => statuses.ContainsKey(status);

    /// <summary>The answers Mews gave these requests, e.g. "400 ×3, 200 ×1"; empty when only indexes were added.</summary>
    public string Answers => string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}"));
}

/// <summary>Requests grouped by what is wrong with them, listed by the first request of each group.</summary>
public sealed class FindingGroups<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, RequestSample> groups = [];

    public void Add(TKey key, int index) => Sample(key).Add(index);

    public void Add(TKey key, ConnectorRequest request, string? sent = null) => Sample(key).Add(request, sent);

    public int Count => groups.Count;

    public bool Has(TKey key) => groups.ContainsKey(key);

    private RequestSample Sample(TKey key)
    {
        if (!groups.TryGetValue(key, out var sample))
            groups[key] = sample = new RequestSample();
        return sample;
    }

    public void Remove(Func<TKey, bool> match)
    {
        if (groups.Count == 0)
            return;
        foreach (var key in groups.Keys.Where(match).ToList())
            groups.Remove(key);
    }

    public IEnumerable<(TKey Key, RequestSample Sample)> InOrder =>
        groups.OrderBy(g => g.Value.Requests.Count > 0 ? g.Value.Requests[0] : int.MaxValue).Select(g => (g.Key, g.Value));

    /// <summary>
    /// One finding a group: "N calls: {problem}", then what the first request sent and what Mews answered, when kept;
    /// <paramref name="prefix"/> marks warnings.
    /// </summary>
    public IEnumerable<ReviewFinding> Findings(string prefix = "") => InOrder.Select(g => new ReviewFinding(
        $"{prefix}{Counted.Of(g.Sample.Count, "call")}: {g.Key}{(g.Sample.Sent is { } sent ? $" First sent: {sent}." : "")}{(g.Sample.Answers is { Length: > 0 } answers ? $" Mews answered: {answers}." : "")}",
        g.Sample.Requests));
}
