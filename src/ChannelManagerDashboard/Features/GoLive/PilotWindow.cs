using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.GoLive;

public enum PilotState
{
    /// <summary>No certification has passed yet, so there is no window.</summary>
    NoPass,
    NotStarted,
    Running,
    Completed,

    /// <summary>Six months went by without a completed pilot: re-certification is due.</summary>
    Overdue,
}

/// <summary>
/// Re-certification is due when no pilot happened or the pilot was not completed within six months of the pass
/// (certification.md, "Re-certification is required when").
/// </summary>
public sealed record PilotWindow(DateOnly? PassedOn, DateOnly? PilotStart, DateOnly? PilotEnd, DateOnly Today)
{
    public const int Months = 6;

    public DateOnly? Deadline => PassedOn?.AddMonths(Months);

    /// <summary>Days until the deadline, negative once it passed; null without a pass.</summary>
    public int? DaysLeft => Deadline is { } deadline ? deadline.DayNumber - Today.DayNumber : null;

    public PilotState State => Deadline is not { } deadline ? PilotState.NoPass
        : PilotEnd is { } end && end <= Today && end <= deadline && PilotStart is not null ? PilotState.Completed
        : Today > deadline ? PilotState.Overdue
        : PilotStart is { } start && start <= Today ? PilotState.Running
        : PilotState.NotStarted;

    public string Describe() => State switch
    {
        PilotState.NoPass => "The six-month pilot window opens when a certification call is recorded as passed.",
        PilotState.Completed => $"The pilot was completed on {PilotEnd:yyyy-MM-dd}, within the six months after the pass ({PassedOn:yyyy-MM-dd}).",
        PilotState.Overdue => $"The six months after the pass ({PassedOn:yyyy-MM-dd}) ended on {Deadline:yyyy-MM-dd} without a completed pilot: re-certification is required. Contact Mews.",
        _ => $"{Counted.Of(DaysLeft ?? 0, "day")} left to complete the pilot: the window ends on {Deadline:yyyy-MM-dd}, six months after the pass ({PassedOn:yyyy-MM-dd})." +
             (PilotEnd is { } end && end > Deadline ? $" The pilot is planned to end on {end:yyyy-MM-dd}, after the window: without an earlier end it needs re-certification." : ""),
    };
}
