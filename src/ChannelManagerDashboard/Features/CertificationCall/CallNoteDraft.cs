using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// One test's minutes and remarks as typed on the call, each against the stored version typing began on, so another
/// person's save since is refused once and never replaced unseen.
/// </summary>
public sealed class CallNoteDraft
{
    /// <summary>The stored versions a refused save was shown, so the next save replaces exactly those, knowingly.</summary>
    private string? seenMinutes, seenRemarks;
    private bool started;

    public string Minutes { get; set; } = "";
    public string Remarks { get; set; } = "";
    public string BaselineMinutes { get; private set; } = "";
    public string BaselineRemarks { get; private set; } = "";

    /// <summary>What the last save said; <see cref="Failed"/> when it was refused.</summary>
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public bool Saving { get; private set; }

    public bool Dirty => Minutes.Trim() != BaselineMinutes || Remarks.Trim() != BaselineRemarks;

    /// <summary>Text nobody is editing here follows what others save; text being typed stays, against the version it was typed on.</summary>
    public void Follow(CallNote? stored)
    {
        var (storedMinutes, storedRemarks) = (stored?.Minutes ?? "", stored?.Remarks ?? "");
        if (!started || Minutes.Trim() == BaselineMinutes)
            (Minutes, BaselineMinutes, seenMinutes) = (storedMinutes, storedMinutes, null);
        if (!started || Remarks.Trim() == BaselineRemarks)
            (Remarks, BaselineRemarks, seenRemarks) = (storedRemarks, storedRemarks, null);
        started = true;
    }

    /// <param name="stored">The note as the page shows it now: what a refused save was shown.</param>
    public async Task SaveAsync(string testId, CallNote? stored, Func<NoteEdit, Task<Result>> save)
    {
        Saving = true;
        try
        {
            var saved = await save(new NoteEdit(testId, Minutes, Remarks, seenMinutes ?? BaselineMinutes, seenRemarks ?? BaselineRemarks));
            (Message, Failed) = saved.Succeeded ? ("Notes saved; everyone on the call sees them.", false) : (saved.Message, true);
            if (saved.Succeeded)
                (Minutes, Remarks, BaselineMinutes, BaselineRemarks, seenMinutes, seenRemarks) = (Minutes.Trim(), Remarks.Trim(), Minutes.Trim(), Remarks.Trim(), null, null);
            else if (saved.Kind == ResultKind.Conflict)
                (seenMinutes, seenRemarks) = (stored?.Minutes ?? "", stored?.Remarks ?? "");
        }
        finally
        {
            Saving = false;
        }
    }
}
