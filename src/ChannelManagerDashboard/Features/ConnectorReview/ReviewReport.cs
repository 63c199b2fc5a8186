namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>Requests and errors of one operation in one hour of the run, for the requests-over-time picture.</summary>
public sealed record TimelineBucket(DateTimeOffset Hour, string Operation, int Requests, int Errors);

/// <summary>The busiest sliding 30 s window of one AccessToken (by its hash) against the limit.</summary>
public sealed record PeakRow(string Token, int Requests, int FirstRequest, int LastRequest);

/// <summary>An operation used, declared, or both.</summary>
public sealed record UsageRow(string Operation, int Requests, bool Declared, bool InUseCase, bool Deprecated);

/// <summary>The whole review of a run: the nine checks and what the pictures draw.</summary>
public sealed record ReviewReport(
    int Requests,
    int BadLines,
    IReadOnlyList<BadLine> FirstBadLines,
    IReadOnlyList<CheckVerdict> Checks,
    IReadOnlyList<TimelineBucket> Timeline,
    IReadOnlyList<PeakRow> Peaks,
    IReadOnlyList<UsageRow> Usage,
    IReadOnlyList<Checks.FrequencyRow> Frequencies)
{
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>Requests and errors per hour, all operations together: the timeline picture's text twin.</summary>
    public IEnumerable<(DateTimeOffset Hour, int Requests, int Errors)> Hours() =>
        Timeline.GroupBy(b => b.Hour).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(b => b.Requests), g.Sum(b => b.Errors)));
}
