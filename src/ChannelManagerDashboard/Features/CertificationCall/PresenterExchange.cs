using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// The newest exchange of the test on the presenter view, in words: what was sent, what came back, the verdict. No
/// body, so no token, not even masked.
/// </summary>
public sealed record PresenterExchange(int Count, string Sent, string Url, DateTimeOffset SentAt, string Answered, bool Passed, string Finding)
{
    public static PresenterExchange? Newest(HarnessVerdict? run)
    {
        if (run is not { Evidence.Count: > 0 })
            return null;
        var newest = run.Evidence[^1];
        var answered = newest.StatusCode is { } code ? $"HTTP {code} after {newest.LatencyMs} ms" : "No answer";
        return new(run.Evidence.Count, newest.Label, TokenMask.HideMasks(newest.Url), newest.SentAt, answered, newest.Passed,
            TokenMask.HideMasks(newest.Finding()));
    }

    /// <summary>The run as a whole in one line, e.g. "passed · 3 of 3 exchanges passed".</summary>
    public static string RunLine(HarnessVerdict run, bool awaitingCheck)
    {
        var verdict = run.Blocked is not null ? "could not run" : !run.Passed ? "failed" : awaitingCheck ? "passed, needs a person's check" : "passed";
        return $"{verdict} · {run.Evidence.Count(e => e.Passed)} of {run.Evidence.Count} exchanges passed";
    }
}
