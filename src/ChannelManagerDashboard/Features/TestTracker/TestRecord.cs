namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>The result of one certification test in one project. No row means "not run".</summary>
public class TestRecord
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string TestId { get; set; } = "";
    public TestStatus Status { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>Play Mews passed its half; the half a person checks (the extranet shows the values) is still open.</summary>
    public bool NeedsHumanCheck { get; set; }
    /// <summary>Who saw the person's half of a pass (empty until someone does); a new result clears it.</summary>
    public string CheckedBy { get; set; } = "";
    public DateTimeOffset? CheckedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
