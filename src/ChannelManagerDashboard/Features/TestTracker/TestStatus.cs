namespace ChannelManagerDashboard.Features.TestTracker;

public enum TestStatus
{
    NotRun = 0,
    Passed = 1,
    Failed = 2,
    Blocked = 3,
    NotApplicable = 4,
}
