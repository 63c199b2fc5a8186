namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What a run from the page produced: each test's result, or why nothing was sent.</summary>
/// <param name="Warnings">What went wrong keeping the results (a save that failed), so the page does not claim more than was kept.</param>
public sealed record PlayMewsRun(IReadOnlyList<HarnessResult> Results, string? Problem, IReadOnlyList<string> Warnings)
{
    public static PlayMewsRun Refused(string problem) => new([], problem, []);

    public bool Failed => Problem is not null || Warnings.Count > 0 || Results.Any(r => !r.Passed);

    /// <summary>The line the page shows once the run is over.</summary>
    public string Summary
    {
        get
        {
            if (Problem is not null)
                return Problem;
            var failures = Results.Count(r => !r.Passed);
            var outcome = failures == 0 ? $"{Results.Count} test(s) passed." : $"{failures} of {Results.Count} test(s) did not pass.";
            return string.Join(" ", [outcome, .. Warnings]);
        }
    }

    /// <summary>The result to open: the first that did not pass, else the last.</summary>
    public HarnessResult? Highlighted => Results.FirstOrDefault(r => !r.Passed) ?? Results.LastOrDefault();
}
