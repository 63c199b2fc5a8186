namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>One change to a mapping, with the state before it, so it can be undone.</summary>
public class MappingRevision
{
    public int Id { get; set; }
    public int ConnectionId { get; set; }

    /// <summary>The mapping's version this change produced.</summary>
    public int Version { get; set; }
    public string Description { get; set; } = "";
    public string PreviousStateJson { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
