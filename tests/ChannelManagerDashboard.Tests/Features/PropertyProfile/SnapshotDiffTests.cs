using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PropertyProfile;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Two_equal_snapshots_have_no_differences() =>
        Assert.Empty(SnapshotDiff.Compare(MewsExamples.PropertyProfile(), MewsExamples.PropertyProfile()));

    [Fact]
    public void Added_removed_and_changed_entries_are_listed_by_section()
    {
        var newer = MewsExamples.PropertyProfile(json =>
        {
            MewsExamples.RemoveWhere(json, "spaceCategories", "code", "TRP");
            json["spaceCategories"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["code"] = "QUAD", ["name"] = "Quad Room", ["classification"] = 1, ["spaceCount"] = 2 });
            var dbl = json["spaceCategories"]!.AsArray().First(s => s!["code"]!.GetValue<string>() == "DBL")!;
            dbl["name"] = "Double Room Deluxe";
            dbl["spaceCount"] = 10;
            json["ratePlans"]!.AsArray().First(r => r!["code"]!.GetValue<string>() == "CORP")!["isSynchronized"] = true;
            MewsExamples.RemoveWhere(json, "inventoryMappings", "ratePlanCode", "LS7");
            json["property"]!["pricingMode"] = 1;
        });

        var changes = SnapshotDiff.Compare(MewsExamples.PropertyProfile(), newer);

        Assert.Contains(new DiffEntry("Space types", "QUAD", DiffKind.Added, []), changes, EntryComparer.Instance);
        Assert.Contains(new DiffEntry("Space types", "TRP", DiffKind.Removed, []), changes, EntryComparer.Instance);
        var dblChange = changes.Single(c => c.Key == "DBL");
        Assert.Equal(["name: 'Double Room' → 'Double Room Deluxe'", "spaceCount: '12' → '10'"], dblChange.Changes);
        Assert.Equal(["isSynchronized: 'no' → 'yes'"], changes.Single(c => c.Key == "CORP").Changes);
        Assert.Equal(["LS7 × BED8", "LS7 × DBL", "LS7 × STE"], changes.Where(c => c.Section == "Inventory mappings").Select(c => c.Key).Order());
        Assert.All(changes.Where(c => c.Section == "Inventory mappings"), c => Assert.Equal(DiffKind.Removed, c.Kind));
        Assert.Equal(["pricingMode: '0' → '1'"], changes.Single(c => c.Section == "Property").Changes);
        Assert.Equal(8, changes.Count);
    }

    private sealed class EntryComparer : IEqualityComparer<DiffEntry>
    {
        public static EntryComparer Instance { get; } = new();

        public bool Equals(DiffEntry? x, DiffEntry? y) =>
            x is not null && y is not null && (x.Section, x.Key, x.Kind) == (y.Section, y.Key, y.Kind) && x.Changes.SequenceEqual(y.Changes);

        public int GetHashCode(DiffEntry obj) => HashCode.Combine(obj.Section, obj.Key, obj.Kind);
    }
}
