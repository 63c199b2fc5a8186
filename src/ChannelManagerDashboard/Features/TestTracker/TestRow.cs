using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>A catalog test with its saved result in one project.</summary>
/// <param name="NeedsHumanCheck">Play Mews passed its half; a person has not yet confirmed theirs (the extranet shows the values).</param>
/// <param name="CheckedBy">Who saw the person's half of the pass (or recorded it by hand); empty until then.</param>
/// <param name="LapsedCheckBy">Who had checked the pass a newer run did not repeat; empty when no check lapsed.</param>
public sealed record TestRow(CertificationTest Test, TestStatus Status, string Notes, string UpdatedBy, DateTimeOffset? UpdatedAt, bool NeedsHumanCheck = false,
    string CheckedBy = "", DateTimeOffset? CheckedAt = null, string LapsedCheckBy = "")
{
    public bool NeedsWork => Status is TestStatus.NotRun or TestStatus.Failed || NeedsHumanCheck;

    /// <summary>Passed, and nothing left for a person to check.</summary>
    public bool IsFinal => Status == TestStatus.Passed && !NeedsHumanCheck;

    public string StatusText => NeedsHumanCheck ? "passed, needs your check" : TestTrackerService.Describe(Status);
}

/// <summary>How many tests are in each status, for the project overview.</summary>
/// <param name="Passed">Every pass, <paramref name="NeedsCheck"/> included.</param>
/// <param name="NeedsCheck">Automatic passes whose human half is still open.</param>
/// <param name="RequiredOpen">Required tests not passed, or passed and not checked by a person yet.</param>
public sealed record TestCounts(int Total, int Passed, int NeedsCheck, int Failed, int Blocked, int NotApplicable, int NotRun, int RequiredOpen)
{
    public static TestCounts From(IReadOnlyList<TestRow> rows) => new(
        rows.Count,
        rows.Count(r => r.Status == TestStatus.Passed),
        rows.Count(r => r.NeedsHumanCheck),
        rows.Count(r => r.Status == TestStatus.Failed),
        rows.Count(r => r.Status == TestStatus.Blocked),
        rows.Count(r => r.Status == TestStatus.NotApplicable),
        rows.Count(r => r.Status == TestStatus.NotRun),
        rows.Count(r => r.Test.Required && !r.IsFinal));

    /// <summary>
    /// Every test counted once, so the parts add up to <see cref="Total"/>: passes still waiting for a person are
    /// counted apart from the confirmed ones, not again inside "passed".
    /// </summary>
    public string Summary
    {
        get
        {
            var passed = NeedsCheck == 0 ? $"{Passed} passed" : $"{Passed - NeedsCheck} passed and confirmed · {NeedsCheck} passed by Play Mews, waiting for your check";
            return $"{passed} · {Failed} failed · {Blocked} blocked · {NotApplicable} not applicable · {NotRun} not run";
        }
    }

    /// <summary>The good news when nothing required is open, otherwise how many required tests still need work.</summary>
    public string RequiredSummary => RequiredOpen == 0
        ? "Every required test has passed and is confirmed."
        : $"{Counted.Of(RequiredOpen, "required test")} not passed and confirmed yet.";
}
