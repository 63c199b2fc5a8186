using System.Globalization;
using System.Text;

namespace ChannelManagerDashboard.Features.PlayMews.Cli;

/// <summary>
/// What <c>certify</c> prints: a table, why each failed test failed, what a person must still check after each
/// automatic pass, the notes, and a summary line that counts those passes apart.
/// </summary>
public static class CertifyConsole
{
    /// <summary>An automatic pass whose human half is open, in the words the web tracker uses.</summary>
    public const string NeedsCheck = "passed, needs your check";

    public static string Table(IReadOnlyList<HarnessVerdict> verdicts)
    {
        var text = new StringBuilder();
        text.AppendLine($"{"Test",-7} {"Result",-24} {"ms",8}  Title");
        foreach (var r in verdicts)
        {
            var outcome = r.Blocked is not null ? "BLOCKED" : !r.Passed ? "FAILED" : HarnessTests.CheckAfter(r) is not null ? NeedsCheck : "passed";
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.TestId,-7} {outcome,-24} {r.LatencyMs,8}  {HarnessTests.Find(r.TestId)?.Title}");
        }
        foreach (var r in verdicts.Where(r => !r.Passed))
        {
            text.AppendLine().AppendLine($"{r.TestId}:");
            foreach (var reason in r.Reasons)
                text.AppendLine($"  - {reason}");
        }
        var checks = verdicts.Select(r => (r.TestId, Check: HarnessTests.CheckAfter(r))).Where(c => c.Check is not null).ToList();
        if (checks.Count > 0)
        {
            text.AppendLine().AppendLine("Still to check by hand:");
            foreach (var (testId, check) in checks)
                text.AppendLine($"  - {testId}: {check}");
        }
        // The same note (an answer's undocumented fields) often comes from several tests: once, naming them all.
        var notes = verdicts.SelectMany(r => r.Notes.Select(note => (r.TestId, Note: note))).GroupBy(n => n.Note).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine("Notes:");
            foreach (var note in notes)
                text.AppendLine($"  - {string.Join(", ", note.Select(n => n.TestId))}: {note.Key}");
        }
        return text.AppendLine().AppendLine(Summary(verdicts)).ToString();
    }

    /// <returns>"11 passed (6 still need a person's check), 0 failed"; without the brackets when no pass waits for one.</returns>
    public static string Summary(IReadOnlyList<HarnessVerdict> verdicts)
    {
        var passed = verdicts.Count(r => r.Passed);
        var checks = verdicts.Count(r => HarnessTests.CheckAfter(r) is not null);
        var failed = verdicts.Count - passed;
        return checks == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed")
            : string.Create(CultureInfo.InvariantCulture, $"{passed} passed ({checks} still {(checks == 1 ? "needs" : "need")} a person's check), {failed} failed");
    }
}
