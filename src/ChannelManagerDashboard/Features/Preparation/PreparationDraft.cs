using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// What the wizard page holds: the saved state, the fields and notes as typed for every step, and, field by field,
/// the value each typed one was typed against (its baseline). Kept in a plain class so the rules for keeping unsaved
/// work across saves and reloads are tested without a browser.
/// </summary>
public sealed class PreparationDraft
{
    private static readonly IReadOnlyList<string> StepCodes = PreparationSteps.All.Select(s => s.Code).ToList();
    private readonly PreparationInput baseline;
    private readonly Dictionary<string, string> baselineNotes;

    public PreparationDraft(PreparationState state)
    {
        State = state;
        baseline = PreparationInput.From(state.Project);
        Fields = baseline.Copy();
        baselineNotes = state.Steps.ToDictionary(s => s.Step.Code, s => s.Notes);
        Notes = new Dictionary<string, string>(baselineNotes);
    }

    public PreparationState State { get; private set; }

    /// <summary>The fields as typed; components bind to it.</summary>
    public PreparationInput Fields { get; }

    /// <summary>The notes as typed, by step code.</summary>
    public Dictionary<string, string> Notes { get; }

    public bool HasChanges => StepCodes.Any(HasChangesFor);

    public bool HasChangesFor(string stepCode) =>
        !Fields.SameFieldsAs(baseline, stepCode) || !FieldMerge.Same(Notes[stepCode], baselineNotes[stepCode]);

    /// <summary>A snapshot to save: typing on while the save runs changes the draft, not what is being saved.</summary>
    public StepEdit EditFor(string stepCode, StepStatus? newStatus) =>
        new(stepCode, Fields.Copy(), baseline.Copy(), Notes[stepCode], baselineNotes[stepCode], newStatus);

    /// <summary>Why <paramref name="stepCode"/> cannot be done, judged on what is typed for it.</summary>
    public IReadOnlyList<string> UnmetFor(string stepCode) =>
        StepRules.UnmetAsTyped(stepCode, State.Project, Fields, State.Facts);

    /// <summary>Takes a newly loaded state: untouched fields and notes show it, touched ones keep what was typed.</summary>
    public void Rebase(PreparationState newState)
    {
        var loaded = PreparationInput.From(newState.Project);
        foreach (var code in StepCodes)
        {
            FieldMerge.Rebase(PreparationInput.FieldsOf(code), Fields, baseline, loaded);
            if (FieldMerge.Same(Notes[code], baselineNotes[code]))
                Notes[code] = baselineNotes[code] = newState[code].Notes;
        }
        State = newState;
    }

    /// <summary>
    /// After saving <paramref name="sent"/>: a value stored as sent, and not typed over since, now shows as saved.
    /// A value that was not stored (an invalid Partner ID) stays typed and unsaved. After a conflict the other
    /// person's values become the baseline, so saving again replaces them knowingly.
    /// </summary>
    public void AfterSave(PreparationState newState, StepEdit sent, Result result)
    {
        var code = sent.StepCode;
        var stored = PreparationInput.From(newState.Project);
        var conflict = result.Errors.ContainsKey(Result.ConflictField);
        if (!result.Errors.ContainsKey(Result.DatabaseField))
        {
            foreach (var field in PreparationInput.FieldsOf(code))
            {
                var untouched = field.Same(Fields, baseline);
                var storedAsSent = !conflict && field.Same(sent.Typed, stored) && field.Same(Fields, sent.Typed);
                if (untouched || storedAsSent)
                    field.Copy(stored, Fields);
                field.Copy(stored, baseline);
            }
            var notes = newState[code].Notes;
            var notesUntouched = FieldMerge.Same(Notes[code], baselineNotes[code]);
            var notesStored = !conflict && FieldMerge.Same(sent.Notes, notes) && FieldMerge.Same(Notes[code], sent.Notes);
            if (notesUntouched || notesStored)
                Notes[code] = notes;
            baselineNotes[code] = notes;
        }
        Rebase(newState);
    }
}
