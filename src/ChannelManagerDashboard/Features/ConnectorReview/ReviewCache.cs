using System.Collections.Concurrent;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A run's review is the same while its requests and the declaration stay the same.</summary>
public sealed record ReviewKey(int RunId, int Requests, string Declaration);

/// <summary>The last few reviews, so opening a request and coming back does not read a large run again.</summary>
public sealed class ReviewCache
{
    public const int Capacity = 16;

    private readonly ConcurrentDictionary<ReviewKey, ReviewReport> reviews = new();

    public ReviewReport? Find(ReviewKey key) => reviews.GetValueOrDefault(key);

    public void Keep(ReviewKey key, ReviewReport report)
    {
        foreach (var stale in reviews.Keys.Where(k => k.RunId == key.RunId))
            reviews.TryRemove(stale, out _);
        if (reviews.Count >= Capacity)
            reviews.Clear();
        reviews[key] = report;
    }

    public void Forget(int runId)
    {
        foreach (var stale in reviews.Keys.Where(k => k.RunId == runId))
            reviews.TryRemove(stale, out _);
    }
}
