using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Tests.Features.TestTracker;

public class TestCatalogTests
{
    [Fact]
    public void Holds_the_25_tests_of_the_certification_guide_in_order()
    {
        var expected = Enumerable.Range(1, 6).Select(i => $"INV-{i:00}")
            .Concat(Enumerable.Range(1, 13).Select(i => $"RES-{i:00}"))
            .Concat(Enumerable.Range(1, 6).Select(i => $"ERR-{i:00}"));

        Assert.Equal(expected, TestCatalog.All.Select(t => t.Id));
    }

    [Fact]
    public void Groups_follow_the_id_prefix_and_only_RES_13_is_optional()
    {
        Assert.All(TestCatalog.All, t => Assert.StartsWith(t.Group switch
        {
            TestGroup.Inventory => "INV-",
            TestGroup.Reservation => "RES-",
            _ => "ERR-",
        }, t.Id));
        Assert.Equal(["RES-13"], TestCatalog.All.Where(t => !t.Required).Select(t => t.Id));
    }

    [Fact]
    public void Every_test_says_its_scenario_and_expected_result() =>
        Assert.All(TestCatalog.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Name));
            Assert.False(string.IsNullOrWhiteSpace(t.Scenario));
            Assert.False(string.IsNullOrWhiteSpace(t.Expected));
        });

    [Theory]
    [InlineData("ERR-03", "\"code\": 10")]
    [InlineData("ERR-04", "\"code\": 9")]
    [InlineData("ERR-05", "code 8 is accepted")]
    [InlineData("ERR-02", "\"code\": 2")]
    public void Error_tests_carry_the_exact_expected_code(string id, string expected) =>
        Assert.Contains(expected, TestCatalog.Find(id)!.Expected);
}
