namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// The gaps between one query's polls in buckets 1 % wide: the median comes out within 1 % (exact when the gaps in
/// its bucket are equal), the shortest and longest exactly, in memory that does not grow with the run.
/// </summary>
public sealed class GapHistogram
{
    private static readonly double Step = Math.Log(1.01);

    private readonly Dictionary<int, (int Count, double Seconds)> buckets = [];

    public int Count { get; private set; }
    public TimeSpan? Shortest { get; private set; }
    public TimeSpan? Longest { get; private set; }

    public void Add(TimeSpan gap)
    {
        var seconds = Math.Max(gap.TotalSeconds, 0.001);
        var bucket = (int)Math.Floor(Math.Log(seconds) / Step);
        var (count, sum) = buckets.GetValueOrDefault(bucket);
        buckets[bucket] = (count + 1, sum + seconds);
        Count++;
        Shortest = Shortest is { } shortest && shortest <= gap ? shortest : gap;
        Longest = Longest is { } longest && longest >= gap ? longest : gap;
    }

    /// <summary>The upper median: the gap at position Count / 2 in order, as the mean of its bucket.</summary>
    public TimeSpan? Median
    {
        get
        {
            var seen = 0;
            foreach (var (_, (count, seconds)) in buckets.OrderBy(b => b.Key))
            {
                seen += count;
                if (seen > Count / 2)
                    return TimeSpan.FromSeconds(seconds / count);
            }
            return null;
        }
    }
}
