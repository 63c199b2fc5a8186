using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>A Mews space type or rate plan as a card on the mapping board.</summary>
/// <param name="CmCode">The CM code it is mapped to; empty when unmapped (the "Not mapped" zone's value).</param>
/// <param name="Detail">What helps pick its CM code: the kind of space, a package's product, or "not pushed".</param>
public sealed record BoardItem(string Code, string Name, string Detail, string CmCode)
{
    public const string Unmapped = "";

    public static IReadOnlyList<BoardItem> For(CmCodeKind kind, PropertyProfileData profile, MappingState state) =>
        kind == CmCodeKind.Room
            ? profile.SpaceTypes.Select(s => new BoardItem(s.Code, s.Name,
                Join(s.Kind.ToString().ToLowerInvariant(), s.IsPushed ? null : "not pushed"), state.CmCodeOf(kind, s.Code) ?? Unmapped)).ToList()
            : profile.RatePlans.Select(r => new BoardItem(r.Code, r.Name,
                Join(r.IsPackage ? $"package: {string.Join(", ", r.Products)}" : null, r.IsPushed ? null : "not pushed"), state.CmCodeOf(kind, r.Code) ?? Unmapped)).ToList();

    private static string Join(params string?[] parts) => string.Join(" · ", parts.OfType<string>());
}
