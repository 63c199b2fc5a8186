namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>Counts calls and errors per operation per hour; its size grows with the run's hours, not its calls.</summary>
public sealed class ReviewTimeline
{
    private readonly Dictionary<(DateTimeOffset Hour, string Operation), (int Calls, int Errors)> buckets = [];
    private readonly Dictionary<string, int> perOperation = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> PerOperation => perOperation;

    public void Add(ConnectorCall call)
    {
        var hour = new DateTimeOffset(call.TimeUtc.UtcDateTime.Date.AddHours(call.TimeUtc.UtcDateTime.Hour), TimeSpan.Zero);
        var name = ConnectorOperation.NameOf(call.Path);
        var key = (hour, name);
        var (calls, errors) = buckets.GetValueOrDefault(key);
        buckets[key] = (calls + 1, errors + (call.Status >= 400 ? 1 : 0));
        perOperation[name] = perOperation.GetValueOrDefault(name) + 1;
    }

    public IReadOnlyList<TimelineBucket> Hours() =>
        buckets.OrderBy(b => b.Key.Hour).ThenBy(b => b.Key.Operation, StringComparer.Ordinal)
            .Select(b => new TimelineBucket(b.Key.Hour, b.Key.Operation, b.Value.Calls, b.Value.Errors)).ToList();
}
