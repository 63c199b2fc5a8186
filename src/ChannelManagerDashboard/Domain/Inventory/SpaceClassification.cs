namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>The <c>classification</c> codes of Get configuration's space types (Mews Channel Manager API, Get configuration).</summary>
public static class SpaceClassification
{
    private static readonly Dictionary<int, (string Name, SpaceKind Kind)> Codes = new()
    {
        [1] = ("Apartment", SpaceKind.Room),
        [4] = ("Double", SpaceKind.Room),
        [9] = ("Single", SpaceKind.Room),
        [10] = ("Studio", SpaceKind.Room),
        [11] = ("Suite", SpaceKind.Room),
        [13] = ("Triple", SpaceKind.Room),
        [14] = ("Twin", SpaceKind.Room),
        [15] = ("Villa", SpaceKind.Room),
        [16] = ("Dormitory (whole room)", SpaceKind.Dorm),
        [8] = ("Dormitory bed", SpaceKind.Bed),
        [12] = ("Tent", SpaceKind.Other),
        [17] = ("Site", SpaceKind.Other),
        [18] = ("Office", SpaceKind.Other),
        [19] = ("Meeting room", SpaceKind.Other),
        [20] = ("Parking spot", SpaceKind.Other),
        [21] = ("Desk", SpaceKind.Other),
        [22] = ("Team area", SpaceKind.Other),
        [24] = ("Caravan or RV", SpaceKind.Other),
        [25] = ("Unequipped campsite", SpaceKind.Other),
        [2] = ("Deprecated (2)", SpaceKind.Deprecated),
        [3] = ("Deprecated (3)", SpaceKind.Deprecated),
        [5] = ("Deprecated (5)", SpaceKind.Deprecated),
        [6] = ("Deprecated (6)", SpaceKind.Deprecated),
        [7] = ("Deprecated (7)", SpaceKind.Deprecated),
    };

    public static SpaceKind KindOf(int? classification) =>
        classification is { } code && Codes.TryGetValue(code, out var entry) ? entry.Kind : SpaceKind.Unknown;

    public static string NameOf(int? classification) => classification switch
    {
        null => "Not given",
        { } code when Codes.TryGetValue(code, out var entry) => entry.Name,
        { } code => $"Undocumented ({code})",
    };

    public static string BedTypeName(int? bedType) => bedType switch
    {
        1 => "Single",
        2 => "Twin",
        3 => "Double",
        4 => "Queen",
        5 => "King",
        6 => "Sofa bed",
        null => "",
        { } other => $"Undocumented ({other})",
    };
}
