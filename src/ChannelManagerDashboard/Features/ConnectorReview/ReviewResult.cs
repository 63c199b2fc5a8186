using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What one check found, and the calls (by index) that show it.</summary>
public sealed record ReviewFinding(string Message, IReadOnlyList<int> Calls);

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

/// <summary>Collects the calls a finding names, up to a number a person can open one by one.</summary>
public sealed class CallSample
{
    public const int MaxCalls = 20;

    private readonly List<int> calls = [];

    public int Count { get; private set; }

    public void Add(int index)
    {
        Count++;
        if (calls.Count < MaxCalls)
            calls.Add(index);
    }

    public IReadOnlyList<int> Calls => calls;
}

/// <summary>Calls grouped by what is wrong with them, listed by the first call of each group.</summary>
public sealed class FindingGroups<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, CallSample> groups = [];

    public void Add(TKey key, int index)
    {
        if (!groups.TryGetValue(key, out var sample))
            groups[key] = sample = new CallSample();
        sample.Add(index);
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
}
