using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingDriftTests
{
    private static readonly PropertyProfileData Newer = Mappings.Demo(json =>
    {
        Mappings.AddSpaceType(json, "FAM", "FF", "NR");
        Mappings.RemoveRatePlan(json, "LS7");
    });

    [Fact]
    public void A_new_space_type_and_a_removed_mapped_rate_plan_are_listed()
    {
        var drift = MappingDrift.Compare(Mappings.Demo(), 4, Newer, 5, Mappings.Everything());

        Assert.NotNull(drift);
        Assert.Equal((4, 5), (drift.ReviewedSnapshotId, drift.LatestSnapshotId));
        Assert.Equal(["space type FAM", "combination FF × FAM (pushed now)", "combination NR × FAM (pushed now)"], drift.NewUnmapped);
        Assert.Empty(drift.NewMapped);
        Assert.Equal("rate plan LS7 (still mapped to CM rate P-LS7: orphaned)", drift.Removed[0]);
        Assert.Equal(
            ["combination LS7 × BED8 (no longer pushed)", "combination LS7 × DBL (no longer pushed)", "combination LS7 × STE (no longer pushed)"],
            drift.Removed.Skip(1).Order());
        Assert.False(drift.IsEmpty);
    }

    [Fact]
    public void A_removed_rate_plan_that_was_never_mapped_is_not_called_orphaned()
    {
        var drift = MappingDrift.Compare(Mappings.Demo(), 4, Newer, 5, Mappings.Everything().Assign(CmCodeKind.Rate, "LS7", null));

        Assert.NotNull(drift);
        Assert.Contains("rate plan LS7", drift.Removed);
        Assert.DoesNotContain(drift.Removed, r => r.Contains("orphaned", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_space_type_the_mapping_already_has_is_listed_as_mapped()
    {
        var state = Mappings.Everything() with { Rooms = [.. Mappings.Catalog().Rooms, new CmCode("R-FAM", "Family")] };

        var drift = MappingDrift.Compare(Mappings.Demo(), 4, Newer, 5, state.Assign(CmCodeKind.Room, "FAM", "R-FAM"));

        Assert.NotNull(drift);
        Assert.Empty(drift.NewUnmapped);
        Assert.Equal(["space type FAM → CM room R-FAM", "combination FF × FAM (pushed now)", "combination NR × FAM (pushed now)"], drift.NewMapped);
    }

    [Fact]
    public void A_space_type_that_starts_being_synchronized_brings_its_combinations_in_unmapped()
    {
        var synchronized = Mappings.Demo(json => Mappings.Synchronize(json, "spaceCategories", "TRP", true));

        var drift = MappingDrift.Compare(Mappings.Demo(), 4, synchronized, 5, Mappings.Everything());

        Assert.NotNull(drift);
        Assert.Equal(["combination FF × TRP (pushed now)"], drift.NewUnmapped);
        Assert.Empty(drift.Removed);
    }

    [Fact]
    public void An_unchanged_newer_snapshot_has_an_empty_drift()
    {
        var drift = MappingDrift.Compare(Mappings.Demo(), 4, Mappings.Demo(), 5, Mappings.Everything());

        Assert.NotNull(drift);
        Assert.True(drift.IsEmpty);
    }

    [Fact]
    public void There_is_no_drift_when_the_mapping_was_reviewed_against_the_latest_snapshot()
    {
        Assert.Null(MappingDrift.Compare(Newer, 5, Newer, 5, Mappings.Everything()));
    }

    [Fact]
    public void There_is_no_drift_when_the_mapping_was_never_reviewed()
    {
        Assert.Null(MappingDrift.Compare(null, null, Newer, 5, Mappings.Everything()));
        Assert.Null(MappingDrift.Compare(Mappings.Demo(), null, Newer, 5, Mappings.Everything()));
    }
}
