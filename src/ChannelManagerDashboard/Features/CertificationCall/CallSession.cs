namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>The shared state of a project's certification call: who attends, its timer and the test on screen.</summary>
public class CallSession
{
    public int ProjectId { get; set; }

    /// <summary>One attendee per line, "Name &lt;email&gt;" or just a name or an email.</summary>
    public string Attendees { get; set; } = "";

    /// <summary>Who last changed the attendees, apart from the timer and the rest, so a conflict names the right person.</summary>
    public string AttendeesBy { get; set; } = "";
    public DateTimeOffset? AttendeesAt { get; set; }

    public int PlannedMinutes { get; set; } = CallTimer.StandardMinutes;

    /// <summary>Time run before the last pause; the running stretch is counted from <see cref="RunningSince"/>.</summary>
    public TimeSpan Elapsed { get; set; }

    public DateTimeOffset? RunningSince { get; set; }

    /// <summary>The test the presenter view shows; empty before the first one is picked.</summary>
    public string CurrentTestId { get; set; } = "";

    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    public CallTimer Timer => new(PlannedMinutes, Elapsed, RunningSince);

    public void Set(CallTimer timer) => (PlannedMinutes, Elapsed, RunningSince) = (timer.PlannedMinutes, timer.Elapsed, timer.RunningSince);
}
