namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Which Mews the project talks to. Simulator is the app's own, so a new project works without credentials.</summary>
public enum MewsEnvironment
{
    Simulator = 0,
    Demo = 1,
    Production = 2,
}
