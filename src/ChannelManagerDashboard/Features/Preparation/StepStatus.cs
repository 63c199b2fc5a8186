namespace ChannelManagerDashboard.Features.Preparation;

public enum StepStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Blocked = 3,
}
