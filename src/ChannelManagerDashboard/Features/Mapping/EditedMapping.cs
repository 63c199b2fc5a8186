using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What an edit made of the mapping, with the words the undo list shows for it.</summary>
public sealed record EditedMapping(MappingState State, string Description)
{
    public static Result<EditedMapping> Changed(MappingState state, string description) => Result.Of(new EditedMapping(state, description));

    public static Result<EditedMapping> Refused(string why) => Result.InvalidWhole<EditedMapping>(why);

    /// <summary>The edit asks for what is already there (a drop back onto the same zone).</summary>
    public static Result<EditedMapping> Unchanged { get; } = Result.Unchanged().As<EditedMapping>();
}
