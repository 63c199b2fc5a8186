namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>A catalog test with its saved result in one project.</summary>
public sealed record TestRow(CertificationTest Test, TestStatus Status, string Notes, string UpdatedBy, DateTimeOffset? UpdatedAt)
{
    public bool NeedsWork => Status is TestStatus.NotRun or TestStatus.Failed;
}

/// <summary>How many tests are in each status, for the project overview.</summary>
public sealed record TestCounts(int Total, int Passed, int Failed, int Blocked, int NotApplicable, int NotRun, int RequiredOpen)
{
    public static TestCounts From(IReadOnlyList<TestRow> rows) => new(
        rows.Count,
        rows.Count(r => r.Status == TestStatus.Passed),
        rows.Count(r => r.Status == TestStatus.Failed),
        rows.Count(r => r.Status == TestStatus.Blocked),
        rows.Count(r => r.Status == TestStatus.NotApplicable),
        rows.Count(r => r.Status == TestStatus.NotRun),
        rows.Count(r => r.Test.Required && r.Status != TestStatus.Passed));
}
