using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What one check found, and the calls (by index) that show it, each named once.</summary>
public sealed record ReviewFinding(string Message, IReadOnlyList<int> Calls)
{
    public IReadOnlyList<int> Calls { get; } = Calls.Distinct().ToList();
}

/// <summary>One check of the review (S1–S9).</summary>
/// <param name="Heuristic">The rule is our scoring proposal, not one Mews documents.</param>
/// <param name="Findings">What failed, and what is worth a look without failing (warnings).</param>
public sealed record CheckResult(string Id, string Title, bool Passed, bool Heuristic, IReadOnlyList<ReviewFinding> Findings);

/// <summary>A check that reads the run one call at a time, so a log of any length is reviewed in bounded memory.</summary>
public interface IReviewCheck
{
    /// <param name="body">The request body, parsed once for every check; Undefined when it is not JSON.</param>
    void Add(ConnectorCall call, JsonElement body);

    CheckResult Finish();
}

/// <summary>Collects the calls a finding names, up to a number a person can open one by one, each once.</summary>
public sealed class CallSample
{
    public const int MaxCalls = 20;

    private readonly List<int> calls = [];
    private readonly Dictionary<int, int> statuses = [];
    private int last = -1;

    /// <summary>How many calls were added; one added twice in a row (a pair that shares a call) counts once.</summary>
    public int Count { get; private set; }

    /// <summary>What the first call sent that shows the problem, e.g. the value of a property; null when not kept.</summary>
    public string? Sent { get; private set; }

    public void Add(int index)
    {
        if (index == last)
            return;
        last = index;
        Count++;
        if (calls.Count < MaxCalls && !calls.Contains(index))
            calls.Add(index);
    }

    /// <summary>Adds the call with what Mews answered it, and what it sent when it is the first.</summary>
    public void Add(ConnectorCall call, string? sent)
    {
        if (call.Index == last)
            return;
        Add(call.Index);
        statuses[call.Status] = statuses.GetValueOrDefault(call.Status) + 1;
        Sent ??= sent;
    }

    public IReadOnlyList<int> Calls => calls;

    /// <summary>The success codes Mews answered (e.g. "200", "200/204") and how many calls got one.</summary>
    public (string Codes, int Calls) Successes =>
        (string.Join("/", statuses.Keys.Where(s => s is >= 200 and < 300).Order()), statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value));

    /// <summary>Mews answered these calls, and only with statuses among <paramref name="accepted"/>.</summary>
    public bool AnsweredOnly(params int[] accepted) => statuses.Count > 0 && statuses.Keys.All(accepted.Contains);

    /// <summary>Mews answered at least one of these calls with <paramref name="status"/>.</summary>
    public bool Answered(int status) => statuses.ContainsKey(status);

    /// <summary>The answers Mews gave these calls, e.g. "400 ×3, 200 ×1"; empty when only indexes were added.</summary>
    public string Answers => string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}"));
}

/// <summary>Calls grouped by what is wrong with them, listed by the first call of each group.</summary>
public sealed class FindingGroups<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, CallSample> groups = [];

    public void Add(TKey key, int index) => Sample(key).Add(index);

    public void Add(TKey key, ConnectorCall call, string? sent = null) => Sample(key).Add(call, sent);

    public int Count => groups.Count;

    public bool Has(TKey key) => groups.ContainsKey(key);

    private CallSample Sample(TKey key)
    {
        if (!groups.TryGetValue(key, out var sample))
            groups[key] = sample = new CallSample();
        return sample;
    }

    public void Remove(Func<TKey, bool> match)
    {
        if (groups.Count == 0)
            return;
        foreach (var key in groups.Keys.Where(match).ToList())
            groups.Remove(key);
    }

    public IEnumerable<(TKey Key, CallSample Sample)> InOrder =>
        groups.OrderBy(g => g.Value.Calls.Count > 0 ? g.Value.Calls[0] : int.MaxValue).Select(g => (g.Key, g.Value));

    /// <summary>
    /// One finding a group: "N calls: {problem}", then what the first call sent and what Mews answered, when kept;
    /// <paramref name="prefix"/> marks warnings.
    /// </summary>
    public IEnumerable<ReviewFinding> Findings(string prefix = "") => InOrder.Select(g => new ReviewFinding(
        $"{prefix}{Counted.Of(g.Sample.Count, "call")}: {g.Key}{(g.Sample.Sent is { } sent ? $" First sent: {sent}." : "")}{(g.Sample.Answers is { Length: > 0 } answers ? $" Mews answered: {answers}." : "")}",
        g.Sample.Calls));
}
