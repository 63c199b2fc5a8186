namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// A save of one step: what is typed now and what the page loaded (the baseline), so the service writes only what the
/// user changed and refuses to overwrite what someone else saved in the meantime.
/// </summary>
public sealed record StepEdit(
    string StepCode,
    PreparationInput Typed,
    PreparationInput Baseline,
    string Notes,
    string BaselineNotes,
    StepStatus? NewStatus);
