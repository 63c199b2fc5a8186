using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Tests.Domain.Inventory;

public sealed class SpaceClassificationTests
{
    [Theory]
    [InlineData(1, SpaceKind.Room)]
    [InlineData(4, SpaceKind.Room)]
    [InlineData(9, SpaceKind.Room)]
    [InlineData(10, SpaceKind.Room)]
    [InlineData(11, SpaceKind.Room)]
    [InlineData(13, SpaceKind.Room)]
    [InlineData(14, SpaceKind.Room)]
    [InlineData(15, SpaceKind.Room)]
    [InlineData(16, SpaceKind.Dorm)]
    [InlineData(8, SpaceKind.Bed)]
    [InlineData(12, SpaceKind.Other)]
    [InlineData(17, SpaceKind.Other)]
    [InlineData(20, SpaceKind.Other)]
    [InlineData(25, SpaceKind.Other)]
    [InlineData(2, SpaceKind.Deprecated)]
    [InlineData(7, SpaceKind.Deprecated)]
    [InlineData(23, SpaceKind.Unknown)]
    [InlineData(null, SpaceKind.Unknown)]
    public void The_kind_follows_the_documented_classification_table(int? classification, SpaceKind kind) =>
        Assert.Equal(kind, SpaceClassification.KindOf(classification));

    [Fact]
    public void Names_say_when_a_code_is_undocumented()
    {
        Assert.Equal("Dormitory bed", SpaceClassification.NameOf(8));
        Assert.Equal("Undocumented (23)", SpaceClassification.NameOf(23));
        Assert.Equal("King", SpaceClassification.BedTypeName(5));
    }
}
