using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What recording a call's outcome needs, and what a fail or a pass does next (certification.md, "The call").</summary>
public static class OutcomeRules
{
    /// <returns>Why the outcome cannot be recorded as given; empty when it can.</returns>
    public static IReadOnlyList<string> Problems(CallVerdict verdict, DateOnly date, string notes, DateOnly today, CallOutcome? previous)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(verdict))
            problems.Add("Pick passed or failed.");
        if (date > today.AddDays(1))
            problems.Add($"{date:yyyy-MM-dd} has not come yet: record the outcome on or after the call.");
        if (previous is not null && date < previous.Date)
            problems.Add($"The previous outcome was recorded for {previous.Date:yyyy-MM-dd}; this call cannot be earlier.");
        if (verdict == CallVerdict.Failed && string.IsNullOrWhiteSpace(notes))
            problems.Add("Say in the notes what Mews found, so the next round fixes it.");
        if (TextLimit.Check(notes) is { } tooLong)
            problems.Add($"Notes: {tooLong}");
        return problems;
    }

    /// <summary>Required tests that are not final yet: a pass is still allowed (Mews decides), but the page says so.</summary>
    public static IReadOnlyList<string> OpenRequired(IEnumerable<TestRow> rows) =>
        rows.Where(r => r.Test.Required && !r.IsFinal).Select(r => r.Test.Id).ToList();

    /// <summary>What recording a fail resets, counted as the service clears it: every stored result and every call note.</summary>
    public static FailReset ResetByFail(IEnumerable<CallRow> rows)
    {
        var list = rows.ToList();
        return new FailReset(list.Count(r => r.TrackerRow.UpdatedAt is not null), list.Count(r => r.Note is not null));
    }

    /// <summary>
    /// A fail can be undone while it is the latest outcome and nothing was recorded since: the results it kept go back
    /// without overwriting newer ones.
    /// </summary>
    public static bool CanUndoFail(IReadOnlyList<CallOutcome> newestFirst, IEnumerable<CallRow> rows) =>
        newestFirst.Count > 0 && newestFirst[0].Verdict == CallVerdict.Failed && ResetByFail(rows) == new FailReset(0, 0);

    /// <summary>What the page says once the outcome is kept.</summary>
    public static string Next(CallVerdict verdict, int clearedVerdicts) => verdict == CallVerdict.Passed
        ? "Certification passed. Fill in the go-live checklist on the overview: production endpoints, the production client token and the pilot."
        : $"Certification failed: it starts over from the beginning. {Counted.Of(clearedVerdicts, "test result")} and the call's notes went back to \"not run\"; " +
          "they are kept under Past rounds on this page, and Undo the fail below puts them back.";
}
