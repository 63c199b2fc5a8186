using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>How the page sums up a run it started: each test's result, or why nothing was sent.</summary>
public static class PlayMewsRun
{
    public static bool Failed(Result<IReadOnlyList<HarnessVerdict>> run) =>
        !run.Succeeded || run.Warnings.Count > 0 || run.Value!.Any(r => !r.Passed);

    /// <summary>The line the page shows once the run is over; it never claims more was kept than was.</summary>
    public static string Summary(Result<IReadOnlyList<HarnessVerdict>> run)
    {
        if (run.Value is not { } results)
            return run.Message;
        var failures = results.Count(r => !r.Passed);
        var checks = results.Count(r => HarnessTests.CheckAfter(r) is not null);
        var outcome = failures > 0 ? $"{failures} of {Counted.Of(results.Count, "test")} did not pass."
            : checks > 0 ? $"{Counted.Of(results.Count, "test")} passed; {checks} still {(checks == 1 ? "needs" : "need")} your check (see each test)."
            : $"{Counted.Of(results.Count, "test")} passed.";
        return string.Join(" ", [outcome, .. run.Warnings]);
    }

    /// <summary>The result to open: the first that did not pass, else the last.</summary>
    public static HarnessVerdict? Highlighted(Result<IReadOnlyList<HarnessVerdict>> run) =>
        run.Value is { } results ? results.FirstOrDefault(r => !r.Passed) ?? results.LastOrDefault() : null;
}
