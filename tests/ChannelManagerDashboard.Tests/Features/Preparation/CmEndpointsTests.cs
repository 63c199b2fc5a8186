using ChannelManagerDashboard.Features.Preparation;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public class CmEndpointsTests
{
    [Fact]
    public void Defaults_use_the_documented_paths_including_Mews_spelling_of_changeNotificaton()
    {
        var endpoints = CmEndpoints.FromBase(" https://cm.example.com/mews/ ");

        Assert.Equal(
            [
                "https://cm.example.com/mews/updateAvailability",
                "https://cm.example.com/mews/updatePrices",
                "https://cm.example.com/mews/updateRestrictions",
                "https://cm.example.com/mews/confirmGroup",
                "https://cm.example.com/mews/changeNotificaton",
            ],
            endpoints.Describe().Select(e => e.Url));
    }

    [Fact]
    public void Filling_from_a_base_keeps_typed_urls()
    {
        var typed = new CmEndpoints { UpdatePrices = "https://other.example/prices" };

        var (filled, count) = typed.FillEmptyFrom("https://cm.example.com");

        Assert.Equal(4, count);
        Assert.Equal("https://other.example/prices", filled.UpdatePrices);
        Assert.Equal("https://cm.example.com/updateRestrictions", filled.UpdateRestrictions);
        Assert.Equal("", typed.UpdateRestrictions);
    }

    [Fact]
    public void Only_change_notification_is_optional() =>
        Assert.Equal(["Change notification"], new CmEndpoints().Describe().Where(e => !e.Required).Select(e => e.Label));
}
