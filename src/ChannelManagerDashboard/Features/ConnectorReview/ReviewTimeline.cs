namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>Counts requests and errors per operation per hour; its size grows with the run's hours, not its requests.</summary>
public sealed class ReviewTimeline
{
    private readonly Dictionary<(DateTimeOffset Hour, string Operation), (int Requests, int Errors)> buckets = [];
    private readonly Dictionary<string, int> perOperation = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> PerOperation => perOperation;

    public void Add(ConnectorRequest request)
    {
        var hour = new DateTimeOffset(request.TimeUtc.UtcDateTime.Date.AddHours(request.TimeUtc.UtcDateTime.Hour), TimeSpan.Zero);
        var name = ConnectorOperation.NameOf(request.Path);
        var key = (hour, name);
        var (requests, errors) = buckets.GetValueOrDefault(key);
        buckets[key] = (requests + 1, errors + (request.Status >= 400 ? 1 : 0));
        perOperation[name] = perOperation.GetValueOrDefault(name) + 1;
    }

    public IReadOnlyList<TimelineBucket> Hours() =>
        buckets.OrderBy(b => b.Key.Hour).ThenBy(b => b.Key.Operation, StringComparer.Ordinal)
            .Select(b => new TimelineBucket(b.Key.Hour, b.Key.Operation, b.Value.Requests, b.Value.Errors)).ToList();
}
