namespace ChannelManagerDashboard.Features.CertificationCall;

public enum CallVerdict
{
    Passed = 1,
    Failed = 2,
}

/// <summary>How a certification call ended. A fail starts certification over; the results it cleared are kept here.</summary>
public class CallOutcome
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public CallVerdict Verdict { get; set; }

    /// <summary>The day of the call, as Mews decided it.</summary>
    public DateOnly Date { get; set; }

    public string Notes { get; set; } = "";

    /// <summary>The test results and call notes as they stood, as JSON (see <see cref="OutcomeRecord"/>).</summary>
    public string RecordsJson { get; set; } = "[]";

    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
