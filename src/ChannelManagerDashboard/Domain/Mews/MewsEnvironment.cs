namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Which Mews the project talks to. Simulator is the app's own, so a new project works without credentials.</summary>
public enum MewsEnvironment
{
    Simulator = 0,
    Demo = 1,
    Production = 2,
}

public static class MewsEnvironmentLabels
{
    /// <summary>"Mews demo": the environment as a person names it, for pages and messages.</summary>
    public static string Label(this MewsEnvironment environment) => environment switch
    {
        MewsEnvironment.Simulator => "Mews simulator",
        MewsEnvironment.Demo => "Mews demo",
        _ => "Mews production",
    };
}
