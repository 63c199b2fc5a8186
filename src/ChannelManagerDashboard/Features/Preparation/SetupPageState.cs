using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PropertyConnections;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// What the preparation wizard shows and saves: the draft of every step, P4's credentials as typed, the selected step
/// and what its last save said.
/// </summary>
public sealed class SetupPageState(PreparationService preparation)
{
    // Loads can overlap (a save, an upload, a link to another step); only the newest may land.
    private int loadVersion;

    public PreparationDraft? Draft { get; private set; }
    public CredentialsDraft Credentials { get; private set; } = new();
    public string Selected { get; private set; } = "P1";
    public string? Refusal { get; private set; }

    /// <summary>The step just marked done, which the panel congratulates.</summary>
    public string? JustDone { get; private set; }
    public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();
    public bool Loaded { get; private set; }
    public bool Saving { get; private set; }

    public bool HasChanges => Draft?.HasChanges == true || Credentials.HasChanges;

    public int Index => PreparationSteps.IndexOf(Selected);

    public PreparationStep? Previous => Index > 0 ? PreparationSteps.All[Index - 1] : null;

    public PreparationStep? Next => Index + 1 < PreparationSteps.All.Count ? PreparationSteps.All[Index + 1] : null;

    /// <summary>The step address an old link (…/setup?step=P4) means; null when the link is not one.</summary>
    public static string? OldLinkStep(string? step, string? stepQuery) =>
        step is null && PreparationSteps.IndexOf(stepQuery?.ToUpperInvariant()) >= 0 ? stepQuery!.ToUpperInvariant() : null;

    /// <summary>Loads <paramref name="projectId"/>, keeping what was typed for it, and selects <paramref name="step"/> or the next step to do.</summary>
    public async Task LoadAsync(int projectId, string? step)
    {
        var version = ++loadVersion;
        var state = await preparation.LoadAsync(projectId);
        if (version != loadVersion)
            return;
        if (state is null)
            Draft = null;
        else if (Draft is null || Draft.State.Project.Id != projectId)
            (Draft, Credentials) = (new PreparationDraft(state), new CredentialsDraft());
        else
            Draft.Rebase(state);
        Loaded = true;
        var wanted = step?.ToUpperInvariant();
        var code = PreparationSteps.IndexOf(wanted) >= 0 ? wanted! : Draft?.State.Next?.Step.Code ?? "P1";
        if (code != Selected)
            (Selected, Refusal, JustDone, FieldErrors) = (code, null, null, new Dictionary<string, string>());
    }

    public async Task RefreshAsync(int projectId)
    {
        var version = ++loadVersion;
        if (await preparation.LoadAsync(projectId) is { } state && version == loadVersion)
            Draft?.Rebase(state);
    }

    /// <returns>What the snackbar says and whether all was accepted; null when there is nothing to say (no draft, or the user moved on to another step).</returns>
    public async Task<(string Message, bool Succeeded)?> SaveAsync(int projectId, StepStatus? status, string who)
    {
        if (Draft is null)
            return null;
        // The user may pick another step while this save runs; everything below concerns the step that was saved.
        var code = Selected;
        Saving = true;
        try
        {
            var edit = Draft.EditFor(code, status);
            var version = ++loadVersion;
            var result = await preparation.SaveStepAsync(projectId, edit, who);
            if (await preparation.LoadAsync(projectId) is { } state && version == loadVersion)
                Draft.AfterSave(state, edit, result);
            if (code != Selected)
                return null;
            // Each message shows once: a field's under the field, the step's in the panel, what else happened in the notice.
            FieldErrors = result.Errors.Where(e => e.Key != code).ToDictionary();
            Refusal = result.Errors.GetValueOrDefault(code) ?? (result.Kind is ResultKind.Conflict or ResultKind.Failed or ResultKind.Missing ? result.Message : null);
            JustDone = result.Succeeded && status == StepStatus.Done ? code : null;
            return (string.Join(" ", result.Notices.Prepend(result.Succeeded ? $"{code} saved." : $"{code}: not everything was accepted.")), result.Succeeded);
        }
        finally
        {
            Saving = false;
        }
    }
}
