using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>One step as the wizard shows it: its definition and saved progress.</summary>
public sealed record StepView(PreparationStep Step, StepStatus Status, string Notes, string UpdatedBy, DateTimeOffset? UpdatedAt);

/// <summary>P8's file without its bytes.</summary>
public sealed record CertificationFileInfo(string FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record PreparationState(CertificationProject Project, IReadOnlyList<StepView> Steps, CertificationFileInfo? File, StepFacts Facts)
{
    public int DoneCount => Steps.Count(s => s.Status == StepStatus.Done);

    /// <summary>The first step not done and not blocked; if only blocked steps remain, the first of those.</summary>
    public StepView? Next =>
        Steps.FirstOrDefault(s => s.Status is StepStatus.NotStarted or StepStatus.InProgress)
        ?? Steps.FirstOrDefault(s => s.Status == StepStatus.Blocked);

    public StepView this[string code] => Steps.First(s => s.Step.Code == code);
}
