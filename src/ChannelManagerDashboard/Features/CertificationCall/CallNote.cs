using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What was said about one test on the call: the team's minutes and Mews' remarks.</summary>
public class CallNote
{
    /// <summary>Minutes, remarks and outcome notes: pages of text, never a pasted log file.</summary>
    public const int MaxLength = TextLimit.Notes;

    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string TestId { get; set; } = "";
    public string Minutes { get; set; } = "";
    public string Remarks { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
