namespace ChannelManagerDashboard.Features.Activity;

/// <summary>What part of a project a change touched; the timeline filters by it.</summary>
public enum ActivityKind
{
    Project,
    Step,
    Connection,
    Configuration,
    Mapping,
    Run,
    Test,
    File,
    Call,
    GoLive,
    Connector,
}
