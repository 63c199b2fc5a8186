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
