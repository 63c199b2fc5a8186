using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>How the call ended as entered on the page, and what recording it or undoing a fail said.</summary>
public sealed class OutcomeForm
{
    public CallVerdict? Verdict { get; set; }
    public DateTime? Date { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>What the last save or undo said; <see cref="Failed"/> when it was refused.</summary>
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public bool Saving { get; private set; }

    public bool CanRecord => Verdict is not null && Date is not null && !Saving;

    public async Task SaveAsync(Func<CallVerdict, DateOnly, string, Task<Result>> save)
    {
        if (Verdict is not { } chosen || Date is not { } day)
            return;
        var saved = await WhileSavingAsync(() => save(chosen, DateOnly.FromDateTime(day), Notes), "Outcome recorded.");
        if (saved.Succeeded)
            (Verdict, Notes) = (null, "");
    }

    public Task UndoAsync(Func<int, Task<Result>> undo, int outcomeId) => WhileSavingAsync(() => undo(outcomeId), "The fail is undone.");

    private async Task<Result> WhileSavingAsync(Func<Task<Result>> act, string done)
    {
        Saving = true;
        try
        {
            var result = await act();
            (Message, Failed) = result.Succeeded ? (result.Notices.FirstOrDefault() ?? done, false) : (result.Message, true);
            return result;
        }
        finally
        {
            Saving = false;
        }
    }
}
