namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>How a finding names a call: its index, time, operation and status.</summary>
public sealed record CallRef(int Index, DateTimeOffset TimeUtc, string Operation, int Status)
{
    public string Label => $"#{Index} {Description}";

    /// <summary>The label after its number: when, which operation, what status.</summary>
    public string Description => $"{TimeUtc.UtcDateTime:MM-dd HH:mm:ss} {Operation} {Status}";
}

/// <summary>A run's review with what it needs to name calls: the run and the calls its findings point at.</summary>
public sealed record RunReview(ConnectorRun Run, ReviewReport Report, IReadOnlyDictionary<int, CallRef> Calls, string ProjectName, DateTimeOffset GeneratedAt)
{
    public IEnumerable<CallRef> Named(ReviewFinding finding) => finding.Calls.Select(i => Calls.GetValueOrDefault(i)).OfType<CallRef>();
}
