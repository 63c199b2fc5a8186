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

public static class ActivityKindLabels
{
    /// <summary>What the timeline filter and each entry call the part of the project.</summary>
    public static string Label(this ActivityKind kind) => kind switch
    {
        ActivityKind.Project => "Project",
        ActivityKind.Step => "Preparation step",
        ActivityKind.Connection => "Connection",
        ActivityKind.Configuration => "Configuration",
        ActivityKind.Mapping => "Mapping",
        ActivityKind.Run => "Play Mews run",
        ActivityKind.Test => "Test result",
        ActivityKind.File => "File",
        ActivityKind.Call => "Certification call",
        ActivityKind.GoLive => "Go-live",
        _ => "Connector API",
    };
}
