using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingCoverageTests
{
    private static ReadinessCheck Check(MappingCoverage coverage, string titleStart) =>
        coverage.Minimums.Single(c => c.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Fact]
    public void An_empty_mapping_covers_none_of_the_23_pushed_combinations()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), MappingState.Empty);

        Assert.Equal((26, 23, 23, 0, 0, 0), (coverage.Combinations.Count, coverage.Pushed.Count, coverage.Unmapped.Count, coverage.MappedCount, coverage.ExcludedCount, coverage.Percent));
        Assert.False(coverage.IsComplete);
        Assert.Equal("Map or exclude 23 combinations Mews pushes: FF × SGL, FF × DBL, FF × TWN, FF × STE, FF × DRM6, FF × BED8, ….", coverage.Gaps()[0]);
        Assert.All(coverage.Minimums.Where(c => c.Required), c => Assert.False(c.Met, c.Title));
        Assert.Equal(5, coverage.Gaps().Count);
    }

    [Fact]
    public void Mapping_every_pushed_space_type_and_rate_plan_completes_the_mapping()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Everything());

        Assert.Equal((23, 0, 0, 100), (coverage.MappedCount, coverage.ExcludedCount, coverage.Unmapped.Count, coverage.Percent));
        Assert.True(coverage.IsComplete);
        Assert.Empty(coverage.Gaps());
        Assert.All(coverage.Minimums, c => Assert.True(c.Met, c.Title));
        Assert.Equal("BB with Breakfast buffet.", Check(coverage, "A package rate").Detail);
    }

    [Fact]
    public void A_combination_mapped_on_one_side_only_is_still_a_gap()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Everything().Assign(CmCodeKind.Room, "BED8", null));

        Assert.Equal(["FF × BED8", "NR × BED8", "NET × BED8", "LS7 × BED8"], coverage.Unmapped.Select(c => c.Label));
        Assert.Equal(19 * 100 / 23, coverage.Percent);
        var gap = Assert.Single(coverage.Gaps());
        Assert.Equal("Map or exclude 4 combinations Mews pushes: FF × BED8, NR × BED8, NET × BED8, LS7 × BED8.", gap);
        Assert.Equal(new CmCode("P-FF", "Rate FF"), coverage.Unmapped[0].CmRate);
        Assert.Null(coverage.Unmapped[0].CmRoom);
    }

    [Fact]
    public void Exclusions_count_towards_coverage_and_leave_the_mapping_complete()
    {
        var state = Mappings.Everything().Assign(CmCodeKind.Room, "BED8", null)
            .Exclude("FF", "BED8").Exclude("NR", "BED8").Exclude("NET", "BED8").Exclude("LS7", "BED8");

        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), state);

        Assert.Equal((19, 4, 100), (coverage.MappedCount, coverage.ExcludedCount, coverage.Percent));
        Assert.True(coverage.IsComplete);
        Assert.False(Check(coverage, "At least 1 bed").Met);
        Assert.Equal("excluded", coverage.Pushed.Single(c => c.Label == "NET × BED8").StatusText);
    }

    [Fact]
    public void An_excluded_combination_counts_as_excluded_even_when_both_sides_are_mapped()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Everything().Exclude("NET", "BED8", "B2B does not sell beds"));

        var combination = coverage.Pushed.Single(c => c.Label == "NET × BED8");
        Assert.Equal((CombinationState.Excluded, "B2B does not sell beds"), (combination.State, combination.ExclusionReason));
        Assert.Equal((22, 1, 100), (coverage.MappedCount, coverage.ExcludedCount, coverage.Percent));
    }

    [Fact]
    public void Unsynchronized_combinations_are_shown_but_not_counted()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Everything().MapSpaces("TRP").MapRates("CORP"));

        Assert.Equal((23, 23), (coverage.Pushed.Count, coverage.MappedCount));
        Assert.Equal(["FF × TRP", "CORP × SGL", "CORP × DBL"], coverage.Combinations.Where(c => !c.IsPushed).Select(c => c.Label));
        Assert.All(coverage.Combinations.Where(c => !c.IsPushed), c => Assert.Equal("mapped, not pushed", c.StatusText));
        Assert.Equal("unmapped, not pushed", MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Everything()).Combinations.Single(c => c.Label == "FF × TRP").StatusText);
    }

    [Fact]
    public void Unsynchronized_combinations_left_unmapped_do_not_keep_the_mapping_from_complete()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Everything());

        Assert.Equal(CombinationState.Unmapped, coverage.Combinations.Single(c => c.Label == "CORP × SGL").State);
        Assert.True(coverage.IsComplete);
    }

    [Fact]
    public void Fewer_than_three_rooms_mapped_fails_the_rooms_check()
    {
        var state = Mappings.Everything().Assign(CmCodeKind.Room, "TWN", null).Assign(CmCodeKind.Room, "STE", null)
            .Exclude("FF", "TWN").Exclude("NR", "TWN").Exclude("BB", "TWN").Exclude("NET", "TWN")
            .Exclude("FF", "STE").Exclude("NR", "STE").Exclude("BB", "STE").Exclude("LS7", "STE");

        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), state);

        Assert.Equal(100, coverage.Percent);
        var rooms = Check(coverage, "At least 3 of them rooms");
        Assert.Equal((false, true, "2: SGL, DBL."), (rooms.Met, rooms.Required, rooms.Detail));
        Assert.Contains("At least 3 of them rooms: 2: SGL, DBL.", coverage.Gaps());
        Assert.False(coverage.IsComplete);
    }

    [Fact]
    public void Without_a_dorm_and_a_bed_mapped_the_mapping_is_complete_but_both_are_recommended()
    {
        var profile = Mappings.Demo(json => Mappings.Synchronize(json, "spaceCategories", "TRP", true));
        var state = Mappings.Catalog().MapSpaces("SGL", "DBL", "TWN", "STE", "TRP").MapRates(Mappings.PushedRates)
            .Exclude("FF", "DRM6").Exclude("NR", "DRM6").Exclude("NET", "DRM6")
            .Exclude("FF", "BED8").Exclude("NR", "BED8").Exclude("NET", "BED8").Exclude("LS7", "BED8");

        var coverage = MappingCoverage.Evaluate(profile, state);

        Assert.True(coverage.IsComplete, string.Join(" ", coverage.Gaps()));
        Assert.Equal((24, 17, 7), (coverage.Pushed.Count, coverage.MappedCount, coverage.ExcludedCount));
        Assert.All(new[] { Check(coverage, "At least 1 dorm"), Check(coverage, "At least 1 bed") }, check =>
        {
            Assert.False(check.Met);
            Assert.False(check.Required);
            Assert.Contains("Mews recommends mapping", check.Detail);
        });
    }

    [Fact]
    public void An_unmapped_package_rate_fails_the_required_package_check_with_advice()
    {
        var profile = Mappings.Demo(json => Mappings.Synchronize(json, "ratePlans", "CORP", true));
        var state = Mappings.Catalog().MapSpaces(Mappings.PushedSpaces).MapRates("FF", "NR", "NET", "LS7", "CORP")
            .Exclude("BB", "SGL").Exclude("BB", "DBL").Exclude("BB", "TWN").Exclude("BB", "STE");

        var coverage = MappingCoverage.Evaluate(profile, state);

        Assert.Equal(100, coverage.Percent);
        Assert.False(coverage.IsComplete);
        var package = Check(coverage, "A package rate");
        Assert.Equal((false, true), (package.Met, package.Required));
        Assert.Equal("A package rate with a product (INV-05): No package rate is mapped. Map the package rate (the demo property's is BB, with breakfast) " +
            "to a CM rate; if the property has none, ask it to map a product to a rate in Mews and fetch the configuration again.", Assert.Single(coverage.Gaps()));
    }

    [Fact]
    public void Minimums_count_only_space_types_and_rate_plans_with_a_mapped_pushed_combination()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(), Mappings.Catalog().MapSpaces("SGL", "DBL", "TRP").MapRates("CORP", "LS7"));

        Assert.Equal("1: DBL. Not mapped (or not pushed): SGL, TWN, STE, TRP, DRM6, BED8.", Check(coverage, "At least 5 space types").Detail);
        Assert.Equal("1: LS7. Not mapped (or not pushed): FF, NR, BB, NET, CORP.", Check(coverage, "At least 5 rate plans").Detail);
    }

    [Fact]
    public void A_mapping_to_a_space_type_Mews_no_longer_has_is_listed_as_an_orphan()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(json => Mappings.RemoveSpaceType(json, "STE")), Mappings.Everything());

        Assert.Equal(["space type STE → CM room R-STE"], coverage.Orphans.Select(o => o.Description));
        Assert.Equal(19, coverage.Pushed.Count);
        Assert.True(coverage.IsComplete);
    }

    [Fact]
    public void Nothing_pushed_counts_as_fully_covered()
    {
        var coverage = MappingCoverage.Evaluate(Mappings.Demo(json => json["inventoryMappings"]!.AsArray().Clear()), MappingState.Empty);

        Assert.Equal((0, 100), (coverage.Pushed.Count, coverage.Percent));
        Assert.False(coverage.IsComplete);
    }
}
