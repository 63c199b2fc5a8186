namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What recording a failed call resets: the stored test results and the call's notes (and always the timer).</summary>
public sealed record FailReset(int Verdicts, int Notes)
{
    /// <summary>The confirmation's words, e.g. "25 test results and 7 call notes will be reset to not run…".</summary>
    public string Describe() =>
        (Verdicts, Notes) == (0, 0)
            ? $"No test result or call note is recorded yet. The call timer will be reset to {CallTimer.StandardMinutes} minutes, not started."
            : $"{Count(Verdicts, "test result")} and {Count(Notes, "call note")} will be reset to not run, and the call timer to {CallTimer.StandardMinutes} minutes, not started. " +
              "They stay readable under Past rounds, and you can undo the fail until someone records a new result or note.";

    private static string Count(int count, string what) => count == 1 ? $"1 {what}" : $"{count} {what}s";
}
