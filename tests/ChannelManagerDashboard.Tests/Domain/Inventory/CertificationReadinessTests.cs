using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Domain.Inventory;

public sealed class CertificationReadinessTests
{
    private static IReadOnlyList<ReadinessCheck> Evaluate(Action<System.Text.Json.Nodes.JsonObject>? change = null) =>
        CertificationReadiness.Evaluate(PropertyProfileData.From(MewsExamples.PropertyProfile(change)));

    private static ReadinessCheck Check(IReadOnlyList<ReadinessCheck> checks, string titleStart) =>
        checks.Single(c => c.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Fact]
    public void The_demo_property_meets_every_check()
    {
        var checks = Evaluate();

        Assert.All(checks, c => Assert.True(c.Met, c.Title));
        Assert.Equal("6: SGL, DBL, TWN, STE, DRM6, BED8. Not pushed (unsynchronized or unmapped): TRP.", Check(checks, "At least 5 space types").Detail);
        Assert.Equal("5: FF, NR, BB, NET, LS7. Not pushed (unsynchronized or unmapped): CORP.", Check(checks, "At least 5 rate plans").Detail);
        Assert.Equal("BB with Breakfast buffet.", Check(checks, "A package rate").Detail);
    }

    [Fact]
    public void Unsynchronized_or_unmapped_entries_do_not_count()
    {
        var checks = Evaluate(json =>
        {
            json["ratePlans"]!.AsArray().First(r => r!["code"]!.GetValue<string>() == "LS7")!["isSynchronized"] = false;
            MewsExamples.RemoveWhere(json, "inventoryMappings", "spaceTypeCode", "STE");
        });

        Assert.False(Check(checks, "At least 5 rate plans").Met);
        Assert.StartsWith("4: ", Check(checks, "At least 5 rate plans").Detail);
        Assert.True(Check(checks, "At least 5 space types").Met);
        Assert.Contains("STE", Check(checks, "At least 5 space types").Detail.Split("Not pushed")[1]);
    }

    [Fact]
    public void Without_a_dorm_or_bed_the_checks_fail_but_are_only_recommended()
    {
        var checks = Evaluate(json => MewsExamples.RemoveWhere(json, "spaceCategories", "code", "DRM6", "BED8"));

        Assert.False(Check(checks, "At least 1 dorm").Met);
        Assert.False(Check(checks, "At least 1 dorm").Required);
        Assert.False(Check(checks, "At least 1 bed").Required);
        Assert.False(Check(checks, "At least 5 space types").Met);
        Assert.True(Check(checks, "At least 3 of them rooms").Met);
    }

    [Fact]
    public void A_package_needs_a_product_mapped_to_a_pushed_rate()
    {
        var checks = Evaluate(json => json["ratePlans"]!.AsArray().First(r => r!["code"]!.GetValue<string>() == "BB")!["isSynchronized"] = false);

        Assert.False(Check(checks, "A package rate").Met);
        Assert.Contains("Ask the property to map a product", Check(checks, "A package rate").Detail);
    }

    [Fact]
    public void The_viewer_rows_carry_kind_push_state_and_packages()
    {
        var profile = PropertyProfileData.From(MewsExamples.PropertyProfile());

        var trp = profile.SpaceTypes.Single(s => s.Code == "TRP");
        Assert.Equal((SpaceKind.Room, false, 1), (trp.Kind, trp.IsPushed, trp.MappedRateCount));
        var bb = profile.RatePlans.Single(r => r.Code == "BB");
        Assert.True(bb.IsPackage);
        Assert.Equal(4, bb.MappedSpaceCount);
        Assert.Equal("100 % of 1 night from arrival time (offset -2DT0H0M)", bb.Cancellation);
        Assert.Equal("50.00 EUR from the arrival date (offset -1DT0H0M)", profile.RatePlans.Single(r => r.Code == "CORP").Cancellation);
        Assert.True(profile.IsSold("FF", "TRP"));
        Assert.False(profile.IsSold("LS7", "SGL"));
        Assert.Equal(InventoryCell.Sold, profile.Cell("FF", "TRP"));
        Assert.Equal(InventoryCell.Sold, profile.Cell("CORP", "SGL"));
        Assert.Equal(InventoryCell.Pushed, profile.Cell("BB", "DBL"));
        Assert.Equal(InventoryCell.NotSold, profile.Cell("LS7", "SGL"));
        Assert.Equal("no (unsynchronized)", PropertyProfileData.PushState(trp.IsPushed, trp.IsSynchronized));
        Assert.Equal("Gross (prices include tax)", profile.PricingMode);
    }

    [Fact]
    public void Two_products_with_the_same_code_do_not_break_the_viewer()
    {
        var profile = PropertyProfileData.From(MewsExamples.PropertyProfile(json => json["products"]!.AsArray().Add(json["products"]![0]!.DeepClone())));

        Assert.Equal(["Breakfast buffet"], profile.RatePlans.Single(r => r.Code == "BB").Products);
    }

    [Theory]
    [InlineData("1", "once per reservation")]
    [InlineData("2", "per person")]
    [InlineData("3", "per night")]
    [InlineData("4", "per person per night")]
    [InlineData("7", "undocumented (7)")]
    [InlineData(null, "not given")]
    public void Product_pricing_codes_read_as_documented(string? pricing, string name) => Assert.Equal(name, ProductPricing.NameOf(pricing));

    [Fact]
    public void Stored_JSON_that_is_not_a_configuration_is_refused_rather_than_shown_empty()
    {
        Assert.Null(PropertyProfileData.Parse("{\"success\":true}"));
        Assert.Null(PropertyProfileData.Parse("<html>"));
        Assert.NotNull(PropertyProfileData.Parse(MewsExamples.PropertyProfileJson));
    }
}
