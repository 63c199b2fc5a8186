using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingEditsTests
{
    private static readonly MappingContext Demo = Mappings.Context(snapshotId: 7);

    [Fact]
    public void Assigning_maps_a_space_type_and_describes_it_for_the_undo_list()
    {
        var result = new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL").Apply(Mappings.Catalog(), Demo);

        Assert.Equal("Mapped space type SGL to CM room R-SGL", result.Value!.Description);
        var state = Mappings.Changed(result);
        Assert.Equal("R-SGL", state.CmCodeOf(CmCodeKind.Room, "SGL"));
        Assert.Empty(state.RatePlanRates);
    }

    [Fact]
    public void Assigning_null_unmaps()
    {
        var result = new AssignEdit(CmCodeKind.Rate, "BB", null).Apply(Mappings.Catalog().MapRates("BB", "FF"), Demo);

        Assert.Equal("Unmapped rate plan BB from CM rate P-BB", result.Value!.Description);
        Assert.Equal(new Dictionary<string, string> { ["FF"] = "P-FF" }, Mappings.Changed(result).RatePlanRates);
    }

    [Fact]
    public void Moving_a_space_type_to_another_CM_room_frees_the_first()
    {
        var moved = Mappings.Changed(new AssignEdit(CmCodeKind.Room, "SGL", "R-TRP").Apply(Mappings.Catalog().MapSpaces("SGL"), Demo));

        var state = Mappings.Changed(new AssignEdit(CmCodeKind.Room, "DBL", "R-SGL").Apply(moved, Demo));

        Assert.Equal(("R-TRP", "R-SGL"), (state.CmCodeOf(CmCodeKind.Room, "SGL"), state.CmCodeOf(CmCodeKind.Room, "DBL")));
    }

    [Fact]
    public void Assigning_what_is_already_there_changes_nothing()
    {
        var state = Mappings.Catalog().MapSpaces("SGL");

        Assert.Equal(ResultKind.Unchanged, new AssignEdit(CmCodeKind.Room, "SGL", "R-SGL").Apply(state, Demo).Kind);
        Assert.Equal(ResultKind.Unchanged, new AssignEdit(CmCodeKind.Room, "DBL", null).Apply(state, Demo).Kind);
    }

    [Fact]
    public void Assigning_a_CM_code_missing_from_the_catalog_is_refused()
    {
        var refusal = Mappings.Refused(new AssignEdit(CmCodeKind.Room, "SGL", "R-NOPE").Apply(Mappings.Catalog(), Demo));

        Assert.Equal("CM room R-NOPE is not in your catalog. Add it to the catalog first.", refusal);
    }

    [Fact]
    public void A_second_space_type_on_a_CM_room_is_refused_naming_the_holder_and_availability()
    {
        var refusal = Mappings.Refused(new AssignEdit(CmCodeKind.Room, "TWN", "R-DBL").Apply(Mappings.Catalog().MapSpaces("DBL"), Demo));

        Assert.Contains("already receives Mews space type DBL", refusal);
        Assert.Contains("availability", refusal);
    }

    [Fact]
    public void A_second_rate_plan_on_a_CM_rate_is_refused_naming_the_holder_and_prices()
    {
        var refusal = Mappings.Refused(new AssignEdit(CmCodeKind.Rate, "NR", "P-FF").Apply(Mappings.Catalog().MapRates("FF"), Demo));

        Assert.Contains("already receives Mews rate plan FF", refusal);
        Assert.Contains("prices and restrictions", refusal);
    }

    [Fact]
    public void Adding_a_code_trims_it_and_names_it_after_itself_when_no_name_is_given()
    {
        var state = Mappings.Changed(new AddCodeEdit(CmCodeKind.Rate, "  P-WEB ", "  ").Apply(MappingState.Empty, Demo));

        Assert.Equal([new CmCode("P-WEB", "P-WEB")], state.Rates);
        Assert.Empty(state.Rooms);
    }

    [Fact]
    public void Adding_a_code_already_in_the_catalog_or_an_empty_one_is_refused()
    {
        Assert.Equal("CM room R-SGL is already in your catalog.", Mappings.Refused(new AddCodeEdit(CmCodeKind.Room, "R-SGL", "Again").Apply(Mappings.Catalog(), Demo)));
        Assert.StartsWith("The code is empty.", Mappings.Refused(new AddCodeEdit(CmCodeKind.Room, " ", "Nameless").Apply(Mappings.Catalog(), Demo)));
    }

    [Fact]
    public void Removing_a_CM_code_unmaps_the_space_type_on_it()
    {
        var result = new RemoveCodeEdit(CmCodeKind.Room, "R-SGL").Apply(Mappings.Catalog().MapSpaces("SGL", "DBL"), Demo);

        Assert.Equal("Removed CM room R-SGL (space type SGL unmapped)", result.Value!.Description);
        var state = Mappings.Changed(result);
        Assert.DoesNotContain(state.Rooms, r => r.Code == "R-SGL");
        Assert.Equal(new Dictionary<string, string> { ["DBL"] = "R-DBL" }, state.SpaceTypeRooms);
    }

    [Fact]
    public void Removing_a_CM_code_that_is_not_in_the_catalog_changes_nothing()
    {
        Assert.Equal(ResultKind.Unchanged, new RemoveCodeEdit(CmCodeKind.Rate, "R-SGL").Apply(Mappings.Catalog(), Demo).Kind);
    }

    [Fact]
    public void Excluding_a_combination_keeps_its_trimmed_reason_and_replaces_an_earlier_one()
    {
        var once = Mappings.Changed(new ExcludeEdit("NET", "BED8", "Not sold to B2B").Apply(Mappings.Catalog(), Demo));

        var result = new ExcludeEdit("NET", "BED8", "  B2B partners do not sell dorm beds  ").Apply(once, Demo);

        Assert.Equal("Excluded NET × BED8: B2B partners do not sell dorm beds", result.Value!.Description);
        Assert.Equal([new Exclusion("NET", "BED8", "B2B partners do not sell dorm beds")], Mappings.Changed(result).Exclusions);
    }

    [Fact]
    public void Excluding_needs_a_reason_and_a_combination_Mews_sells()
    {
        Assert.StartsWith("Say why", Mappings.Refused(new ExcludeEdit("NET", "BED8", " ").Apply(Mappings.Catalog(), Demo)));
        Assert.StartsWith("LS7 × SGL is not a combination", Mappings.Refused(new ExcludeEdit("LS7", "SGL", "No singles").Apply(Mappings.Catalog(), Demo)));
    }

    [Fact]
    public void Including_removes_only_that_exclusion()
    {
        var state = Mappings.Catalog().Exclude("NET", "BED8").Exclude("NET", "DRM6");

        var result = new IncludeEdit("NET", "BED8").Apply(state, Demo);

        Assert.Equal("Included NET × BED8 again", result.Value!.Description);
        Assert.Equal([new Exclusion("NET", "DRM6", "Not sold on our channels")], Mappings.Changed(result).Exclusions);
        Assert.Equal(ResultKind.Unchanged, new IncludeEdit("FF", "SGL").Apply(state, Demo).Kind);
    }

    [Fact]
    public void Marking_reviewed_records_the_snapshot_once()
    {
        var result = new MarkReviewedEdit().Apply(Mappings.Catalog() with { BasedOnSnapshotId = 3 }, Demo);

        Assert.Equal("Reviewed the changes in configuration snapshot #7", result.Value!.Description);
        var state = Mappings.Changed(result);
        Assert.Equal(7, state.BasedOnSnapshotId);
        Assert.Equal(ResultKind.Unchanged, new MarkReviewedEdit().Apply(state, Demo).Kind);
    }

    [Fact]
    public void Removing_orphans_drops_mappings_and_exclusions_of_a_space_type_Mews_no_longer_has()
    {
        var withoutSuite = Mappings.Context(Mappings.Demo(json => Mappings.RemoveSpaceType(json, "STE")));
        var state = Mappings.Catalog().MapSpaces("SGL", "STE").MapRates("BB").Exclude("BB", "STE").Exclude("NET", "BED8");

        var result = new RemoveOrphansEdit().Apply(state, withoutSuite);

        Assert.Equal("Removed 2 orphaned mappings: space type STE → CM room R-STE; exclusion of BB × STE", result.Value!.Description);
        var next = Mappings.Changed(result);
        Assert.Equal(new Dictionary<string, string> { ["SGL"] = "R-SGL" }, next.SpaceTypeRooms);
        Assert.Equal(state.RatePlanRates, next.RatePlanRates);
        Assert.Equal([new Exclusion("NET", "BED8", "Not sold on our channels")], next.Exclusions);
        Assert.Equal(state.Rooms, next.Rooms);
    }

    [Fact]
    public void Removing_orphans_drops_a_rate_plan_Mews_no_longer_has()
    {
        var withoutLongStay = Mappings.Context(Mappings.Demo(json => Mappings.RemoveRatePlan(json, "LS7")));

        var next = Mappings.Changed(new RemoveOrphansEdit().Apply(Mappings.Everything(), withoutLongStay));

        Assert.Null(next.CmCodeOf(CmCodeKind.Rate, "LS7"));
        Assert.Equal(Mappings.Everything().SpaceTypeRooms, next.SpaceTypeRooms);
    }

    [Fact]
    public void Removing_orphans_when_there_are_none_changes_nothing()
    {
        Assert.Equal(ResultKind.Unchanged, new RemoveOrphansEdit().Apply(Mappings.Everything().Exclude("NET", "BED8"), Demo).Kind);
    }

    [Fact]
    public void The_same_mapping_built_in_another_order_is_the_same()
    {
        var one = Mappings.Catalog().MapSpaces(["SGL", "DBL"]).Exclude("NET", "BED8").Exclude("FF", "STE");
        var other = Mappings.Catalog().MapSpaces(["DBL", "SGL"]).Exclude("FF", "STE").Exclude("NET", "BED8");

        Assert.True(one.SameAs(other));
        Assert.False(one.SameAs(Mappings.Catalog().MapSpaces(["SGL"])));
    }
}
