namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>One change to a mapping, with the state before it, so it can be undone.</summary>
public class MappingRevision
{
    public const int MaxDescriptionLength = 4000;

    public int Id { get; set; }
    public int ConnectionId { get; set; }
    public string Description { get; set; } = "";
    public string PreviousStateJson { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
