using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>A property connection (from Get properties) the project uses. Multi-property enterprises may use several.</summary>
public class PropertyConnection
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public MewsEnvironment Environment { get; set; }
    public string PropertyId { get; set; } = "";
    public string PropertyName { get; set; } = "";
    public string ConnectionName { get; set; } = "";

    /// <summary>The connection token, encrypted with Data Protection.</summary>
    public string ProtectedToken { get; set; } = "";
    public string TokenHint { get; set; } = "";

    /// <summary>A one-way hash that recognises the same connection when Get properties lists it again.</summary>
    public string TokenFingerprint { get; set; } = "";
    public string ChosenBy { get; set; } = "";
    public DateTimeOffset ChosenAt { get; set; }

    /// <summary>Set when the user stops using it; kept so its configuration snapshots stay readable.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>How pickers and messages name it: property, connection and masked token.</summary>
    public string Label => PropertyName + (ConnectionName == "" ? "" : " · " + ConnectionName) + " (" + TokenHint + ")";
}
