using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

public class PartnerIdRuleTests
{
    [Theory]
    [InlineData("INT1")]
    [InlineData("INT123456")]
    [InlineData("  INT42  ")]
    public void Accepts_INT_followed_by_digits(string value) => Assert.Null(PartnerIdRule.Check(value));

    [Theory]
    [InlineData("int123", "not a Mews Partner ID")]
    [InlineData("INT", "not a Mews Partner ID")]
    [InlineData("INT12A", "not a Mews Partner ID")]
    [InlineData("INT 123", "not a Mews Partner ID")]
    [InlineData("123456", "not a Mews Partner ID")]
    [InlineData("", "Enter your Mews Partner ID")]
    [InlineData(null, "Enter your Mews Partner ID")]
    public void Rejects_anything_else_saying_how_to_fix_it(string? value, string expected)
    {
        var message = PartnerIdRule.Check(value);
        Assert.NotNull(message);
        Assert.Contains(expected, message);
        Assert.Contains("INT123456", message);
    }
}
