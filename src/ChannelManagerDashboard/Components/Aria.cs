namespace ChannelManagerDashboard.Components;

/// <summary>Attributes for components that take them as a dictionary (MudTable's TableAttributes).</summary>
public static class Aria
{
    public static Dictionary<string, object> Label(string text) => new() { ["aria-label"] = text };
}
