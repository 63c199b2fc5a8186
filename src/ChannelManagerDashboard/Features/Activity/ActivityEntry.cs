using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>One change to a project, as its timeline shows it: who, when, what, and the value before and after.</summary>
public class ActivityEntry
{
    public const int MaxValueLength = 1000;

    public int Id { get; set; }
    public int ProjectId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The signed-in email, or, on history from before sign-in existed, the name that was typed.</summary>
    public string Who { get; set; } = "";

    /// <summary>False on history carried over from before sign-in, whose "who" nobody checked.</summary>
    public bool SignedIn { get; set; }

    public ActivityKind Kind { get; set; }

    /// <summary>What changed: a field, a step (P4), a test (INV-01), a connection.</summary>
    public string Subject { get; set; } = "";

    /// <summary>What happened, in words ("changed", "ran: passed", "uploaded").</summary>
    public string Action { get; set; } = "";

    public string OldValue { get; set; } = "";
    public string NewValue { get; set; } = "";

    /// <summary>Set only on the entry of a new project, whose id the insert gives.</summary>
    public CertificationProject? Project { get; set; }
}
