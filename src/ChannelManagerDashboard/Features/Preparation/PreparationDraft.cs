namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// What the wizard page holds: the saved state, and the fields and notes as typed for every step. Kept in a plain
/// class so the rules for keeping unsaved work across saves and reloads are tested without a browser.
/// </summary>
public sealed class PreparationDraft
{
    private PreparationInput baseline;

    public PreparationDraft(PreparationState state)
    {
        State = state;
        baseline = PreparationInput.From(state.Project);
        Fields = baseline.Copy();
        Notes = state.Steps.ToDictionary(s => s.Step.Code, s => s.Notes);
    }

    public PreparationState State { get; private set; }

    /// <summary>The fields as typed; components bind to it.</summary>
    public PreparationInput Fields { get; }

    /// <summary>The notes as typed, by step code.</summary>
    public Dictionary<string, string> Notes { get; }

    public bool HasChanges => PreparationSteps.All.Any(step => HasChangesFor(step.Code));

    public bool HasChangesFor(string stepCode) =>
        !Fields.SameFieldsAs(baseline, stepCode) || Notes[stepCode] != State[stepCode].Notes;

    public StepEdit EditFor(string stepCode, StepStatus? newStatus) =>
        new(stepCode, Fields, baseline, Notes[stepCode], State[stepCode].Notes, newStatus);

    /// <summary>Why <paramref name="stepCode"/> cannot be done, judged on what is typed for it.</summary>
    public IReadOnlyList<string> UnmetFor(string stepCode) =>
        StepRules.UnmetAsTyped(stepCode, State.Project, Fields, State.File is not null);

    /// <summary>
    /// Takes a newly loaded state. Steps the user has not touched show the new saved values (someone else's included);
    /// steps with unsaved edits keep them. <paramref name="storedStep"/>, whose save went through whole, shows what was stored.
    /// </summary>
    public void Rebase(PreparationState newState, string? storedStep = null)
    {
        var saved = PreparationInput.From(newState.Project);
        foreach (var step in PreparationSteps.All.Select(s => s.Code))
        {
            if (step == storedStep || Fields.SameFieldsAs(baseline, step))
                Fields.TakeFields(saved, step);
            if (step == storedStep || Notes[step] == State[step].Notes)
                Notes[step] = newState[step].Notes;
        }
        baseline = saved;
        State = newState;
    }

    /// <summary>
    /// After saving <paramref name="stepCode"/>: what was typed stays on screen when part of it was not stored
    /// (an invalid Partner ID, someone else's save, a database failure); otherwise the step shows what was stored.
    /// </summary>
    public void AfterSave(PreparationState newState, string stepCode, Common.SaveResult result)
    {
        var partlyStored = result.Errors.ContainsKey(nameof(PreparationInput.PartnerId)) ||
                           result.Errors.ContainsKey(Common.SaveResult.ConflictField) ||
                           result.Errors.ContainsKey(Data.SaveChangesExtensions.DatabaseField);
        Rebase(newState, partlyStored ? null : stepCode);
    }
}
