namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>The saved mapping of one property connection.</summary>
public class MappingSet
{
    public int ConnectionId { get; set; }
    public int ProjectId { get; set; }

    /// <summary>A <see cref="MappingState"/> as JSON.</summary>
    public string StateJson { get; set; } = "";

    /// <summary>Goes up by one with every change; a save from a page that loaded an older version is refused, not merged.</summary>
    public int Version { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
