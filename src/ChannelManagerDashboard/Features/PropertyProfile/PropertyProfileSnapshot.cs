namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>One Get configuration response (and Get channels alongside it) for a connection, kept so fetches can be compared.</summary>
public class PropertyProfileSnapshot
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int ConnectionId { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    public string FetchedBy { get; set; } = "";
    public string PropertyName { get; set; } = "";
    public int SpaceTypeCount { get; set; }
    public int RatePlanCount { get; set; }
    public int InventoryMappingCount { get; set; }

    /// <summary>The response as Mews sent it, except its connection token, which is masked.</summary>
    public string ProfileJson { get; set; } = "";

    /// <summary>The Get channels response, or empty when that call failed.</summary>
    public string ChannelsJson { get; set; } = "";
}
