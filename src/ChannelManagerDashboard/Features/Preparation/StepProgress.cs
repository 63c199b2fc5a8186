namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The saved state of one preparation step (P1–P9) of one project. No row means "not started".</summary>
public class StepProgress
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string StepCode { get; set; } = "";
    public StepStatus Status { get; set; }
    public string Notes { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
