namespace ChannelManagerDashboard.Domain.Projects;

/// <summary>Which Mews API a project certifies; each has its own journey.</summary>
public enum ProjectKind
{
    /// <summary>A channel manager on the Channel Manager API: P1–P9, 25 tests and a 90-minute call.</summary>
    ChannelManager,

    /// <summary>An integration on the Connector API: a declared workflow, a 48-hour demo run and Mews' review of its traffic.</summary>
    Connector,
}

public static class ProjectKindLabels
{
    public static string Label(this ProjectKind kind) => kind == ProjectKind.Connector ? "Connector API" : "Channel Manager API";
}
