namespace ChannelManagerDashboard.Features.CertificationCall;

public enum TimerAction
{
    Start,
    Pause,
    Extend,
    Reset,
}
