namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What an edit did: a new state with a description for the undo list, a refusal, or nothing at all.</summary>
public sealed record EditResult(MappingState? State, string? Refusal, string Description)
{
    public static EditResult Changed(MappingState state, string description) => new(state, null, description);

    public static EditResult Refused(string why) => new(null, why, "");

    /// <summary>The edit asks for what is already there (a drop back onto the same zone).</summary>
    public static EditResult Unchanged { get; } = new(null, null, "");
}
