using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingRulesTests
{
    [Fact]
    public void A_space_type_may_go_onto_a_free_CM_room_of_the_catalog()
    {
        Assert.True(MappingRules.CanAssign(Mappings.Catalog(), Mappings.Demo(), CmCodeKind.Room, "SGL", "R-SGL").Succeeded);
    }

    [Fact]
    public void A_space_type_may_move_to_another_CM_room_or_back_onto_its_own()
    {
        var state = Mappings.Catalog().MapSpaces("SGL");

        Assert.True(MappingRules.CanAssign(state, Mappings.Demo(), CmCodeKind.Room, "SGL", "R-DBL").Succeeded);
        Assert.True(MappingRules.CanAssign(state, Mappings.Demo(), CmCodeKind.Room, "SGL", "R-SGL").Succeeded);
    }

    [Fact]
    public void Unmapping_is_always_allowed_even_for_a_code_Mews_no_longer_has()
    {
        Assert.True(MappingRules.CanAssign(Mappings.Catalog(), Mappings.Demo(), CmCodeKind.Rate, "GONE", null).Succeeded);
    }

    [Fact]
    public void A_CM_code_not_in_the_catalog_is_refused()
    {
        var refusal = MappingRules.CanAssign(Mappings.Catalog(), Mappings.Demo(), CmCodeKind.Rate, "FF", "P-NOPE").Message;

        Assert.Equal("CM rate P-NOPE is not in your catalog. Add it to the catalog first.", refusal);
    }

    [Fact]
    public void A_Mews_code_the_configuration_does_not_have_is_refused()
    {
        var refusal = MappingRules.CanAssign(Mappings.Catalog(), Mappings.Demo(), CmCodeKind.Room, "FAM", "R-SGL").Message;

        Assert.StartsWith("Mews space type FAM is not in the configuration the editor shows.", refusal);
    }

    [Fact]
    public void A_rate_plan_code_is_not_accepted_as_a_space_type()
    {
        Assert.False(MappingRules.CanAssign(Mappings.Catalog(), Mappings.Demo(), CmCodeKind.Room, "FF", "R-SGL").Succeeded);
        Assert.False(MappingRules.Exists(Mappings.Demo(), CmCodeKind.Room, "FF"));
        Assert.True(MappingRules.Exists(Mappings.Demo(), CmCodeKind.Rate, "FF"));
    }

    [Fact]
    public void Two_space_types_on_one_CM_room_are_refused_because_their_availability_would_collide()
    {
        var state = Mappings.Catalog().MapSpaces("SGL");

        var refusal = MappingRules.CanAssign(state, Mappings.Demo(), CmCodeKind.Room, "DBL", "R-SGL").Message;

        Assert.Equal("CM room R-SGL already receives Mews space type SGL. Two space types on one CM room would overwrite each other's " +
            "availability: unmap SGL first, or add another CM room.", refusal);
    }

    [Fact]
    public void Two_rate_plans_on_one_CM_rate_are_refused_because_their_prices_would_collide()
    {
        var state = Mappings.Catalog().MapRates("FF");

        var refusal = MappingRules.CanAssign(state, Mappings.Demo(), CmCodeKind.Rate, "NR", "P-FF").Message;

        Assert.Contains("already receives Mews rate plan FF", refusal);
        Assert.Contains("prices and restrictions", refusal);
    }

    [Fact]
    public void A_combination_Mews_sells_may_be_excluded_with_a_reason()
    {
        Assert.True(MappingRules.CanExclude(Mappings.Demo(), "NET", "BED8", "B2B partners do not sell dorm beds").Succeeded);
    }

    [Fact]
    public void A_combination_Mews_does_not_sell_cannot_be_excluded()
    {
        var refusal = MappingRules.CanExclude(Mappings.Demo(), "LS7", "SGL", "No long stays in singles").Message;

        Assert.Equal("LS7 × SGL is not a combination Mews sells for this property. Reload the page.", refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_exclusion_needs_a_reason(string reason)
    {
        Assert.Equal("Say why this combination is left out (Mews asks about gaps during the certification call).",
            MappingRules.CanExclude(Mappings.Demo(), "NET", "BED8", reason).Message);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused_after_trimming()
    {
        var atLimit = "  " + new string('r', MappingRules.MaxReasonLength) + "  ";

        Assert.True(MappingRules.CanExclude(Mappings.Demo(), "NET", "BED8", atLimit).Succeeded);
        Assert.Equal($"The reason is 501 characters long; the limit is {MappingRules.MaxReasonLength}.",
            MappingRules.CanExclude(Mappings.Demo(), "NET", "BED8", new string('r', MappingRules.MaxReasonLength + 1) + " ").Message);
    }
}
