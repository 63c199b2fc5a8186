using ChannelManagerDashboard.Components.Reports;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>One exchange of a test's newest run, as the report lists it: no body, so no token.</summary>
/// <param name="Ids">The ids the exchange carried back (group and reservation codes, confirmation numbers, request ids).</param>
public sealed record ReportExchange(string Label, string Url, DateTimeOffset SentAt, int? StatusCode, bool Passed, IReadOnlyList<string> Reasons, IReadOnlyList<string> Ids);

/// <summary>One test in the report: its status, who checked it, and the evidence of its newest run.</summary>
/// <param name="RunAt">When its newest kept run started; null when none is kept.</param>
public sealed record ReportTest(
    CertificationTest Test,
    TestStatus Status,
    bool NeedsHumanCheck,
    string CheckedBy,
    string UpdatedBy,
    DateTimeOffset? UpdatedAt,
    string Notes,
    string Minutes,
    string Remarks,
    DateTimeOffset? RunAt,
    IReadOnlyList<string> FailureReasons,
    IReadOnlyList<ReportExchange> Exchanges)
{
    public string StatusText => NeedsHumanCheck ? "passed, needs a person's check" : TestTrackerService.Describe(Status);

    /// <summary>Each endpoint the run called, once, in the order first called.</summary>
    public IReadOnlyList<string> Endpoints => Exchanges.Select(e => e.Url).Where(u => u.Length > 0).Distinct().ToList();

    public IReadOnlyList<string> Ids => Exchanges.SelectMany(e => e.Ids).Distinct().ToList();

    public ReportVerdict Verdict => new(StatusText, Status switch
    {
        TestStatus.Passed when !NeedsHumanCheck => VerdictTone.Passed,
        TestStatus.Failed or TestStatus.Blocked => VerdictTone.Failed,
        _ => VerdictTone.Pending,
    });

    /// <summary>The newest run in one line, e.g. "Newest run 2026-12-15 14:03:09 UTC: 2 exchanges, 1 failed".</summary>
    public string EvidenceSummary
    {
        get
        {
            if (Exchanges.Count == 0)
                return "No run of this test is kept.";
            var failed = Exchanges.Count(e => !e.Passed);
            var when = RunAt is { } at ? $" {ReportMarkdown.Utc(at)} UTC" : "";
            return $"Newest run{when}: {Exchanges.Count} exchange{(Exchanges.Count == 1 ? "" : "s")}, {(failed == 0 ? "all passed" : $"{failed} failed")}";
        }
    }
}

/// <summary>Everything the certification report says, built once and written as HTML, Markdown, XLSX or CSV.</summary>
public sealed record CertificationReport(
    string ProjectName,
    string PartnerId,
    string Environment,
    string PilotProperty,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    IReadOnlyList<ReportTest> Tests,
    IReadOnlyList<CallOutcome> Outcomes)
{
    public TestCounts Counts => TestCounts.From(Tests.Select(t => new TestRow(t.Test, t.Status, t.Notes, t.UpdatedBy, t.UpdatedAt, t.NeedsHumanCheck)).ToList());

    /// <summary>The newest call's outcome when there is one; otherwise how far the tests are from a call.</summary>
    public ReportVerdict Verdict
    {
        get
        {
            if (Outcomes.Count > 0)
                return Outcomes[0].Verdict == CallVerdict.Passed
                    ? new($"Certification call of {Day(Outcomes[0])} passed", VerdictTone.Passed)
                    : new($"Certification call of {Day(Outcomes[0])} failed", VerdictTone.Failed);
            var counts = Counts;
            return counts.Failed + counts.Blocked > 0 ? new($"Not ready: {Counted.Of(counts.Failed + counts.Blocked, "test")} failed or blocked", VerdictTone.Failed)
                : counts.RequiredOpen > 0 ? new($"In progress: {Counted.Of(counts.RequiredOpen, "required test")} not yet passed and checked", VerdictTone.Pending)
                : new("Ready for the call: every required test passed and was checked", VerdictTone.Passed);
        }
    }

    public IReadOnlyList<ReportCount> CountList
    {
        get
        {
            var counts = Counts;
            return [new("passed", counts.Passed), new("waiting for a person's check", counts.NeedsCheck), new("failed", counts.Failed),
                new("blocked", counts.Blocked), new("not applicable", counts.NotApplicable), new("not run", counts.NotRun)];
        }
    }

    public static string Day(CallOutcome outcome) => outcome.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A file name part that is safe on every system: "Acme CM" becomes "acme-cm".</summary>
    public string Slug
    {
        get
        {
            var slug = new string(ProjectName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
            while (slug.Contains("--", StringComparison.Ordinal))
                slug = slug.Replace("--", "-", StringComparison.Ordinal);
            return slug.Trim('-') is { Length: > 0 } clean ? clean[..Math.Min(clean.Length, 60)] : "project";
        }
    }
}
