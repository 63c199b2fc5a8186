namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>How a finding names a request: its index, time, operation and status.</summary>
public sealed record RequestRef(int Index, DateTimeOffset TimeUtc, string Operation, int Status)
{
    public string Label => $"#{Index} {Description}";

    /// <summary>The label after its number: when, which operation, what status.</summary>
    public string Description => $"{TimeUtc.UtcDateTime:MM-dd HH:mm:ss} {Operation} {Status}";
}

/// <summary>A run's review with what it needs to name requests: the run and the requests its findings point at.</summary>
public sealed record RunReview(ConnectorRun Run, ReviewReport Report, IReadOnlyDictionary<int, RequestRef> Requests, string ProjectName, DateTimeOffset GeneratedAt)
{
    public IEnumerable<RequestRef> Named(ReviewFinding finding) => finding.Requests.Select(i => Requests.GetValueOrDefault(i)).OfType<RequestRef>();
}
