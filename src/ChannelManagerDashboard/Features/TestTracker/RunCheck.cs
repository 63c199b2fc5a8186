using System.Globalization;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>
/// What a new run does to a person's check of an earlier pass: a run that passes again keeps it (the person saw this
/// same result); a run that fails or is blocked ends it, and the test's notes say whose check no longer holds.
/// </summary>
public static class RunCheck
{
    public sealed record Check(string By, DateTimeOffset? At);

    /// <returns>The person's check of the stored pass, or null when the stored result is not a checked pass.</returns>
    public static Check? Before(TestRecord record) => record is { Status: TestStatus.Passed, NeedsHumanCheck: false, CheckedBy.Length: > 0 }
        ? new Check(record.CheckedBy, record.CheckedAt)
        : null;

    public static string Says(Check check, TestStatus now)
    {
        var who = check.At is { } at ? $"{check.By} ({at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)" : check.By;
        return now == TestStatus.Passed
            ? $"The check by {who} stands: this run passed as the checked one did."
            : $"The check by {who} no longer holds: this run {Outcome(now)} where the checked one passed.";
    }

    /// <summary>A run's result as the end of "the run …".</summary>
    public static string Outcome(TestStatus status) => status == TestStatus.Blocked ? "could not run" : TestTrackerService.Describe(status);
}
