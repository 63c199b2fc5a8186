using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

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
    public void A_new_base_moves_empty_urls_and_the_old_bases_defaults_only()
    {
        var endpoints = CmEndpoints.FromBase("https://old.example.com/mews");
        endpoints.UpdatePrices = "https://other.example/ari/prices";
        endpoints.UpdateRestrictions = "https://other.example/mews/updateRestrictions";
        endpoints.ChangeNotification = "";

        var changed = endpoints.ApplyBase("https://old.example.com/mews/", "https://new.example.com/cm/");

        Assert.Equal(3, changed);
        Assert.Equal("https://new.example.com/cm/updateAvailability", endpoints.UpdateAvailability);
        Assert.Equal("https://other.example/ari/prices", endpoints.UpdatePrices);
        Assert.Equal("https://other.example/mews/updateRestrictions", endpoints.UpdateRestrictions);
        Assert.Equal("https://new.example.com/cm/changeNotificaton", endpoints.ChangeNotification);
        Assert.Equal(0, endpoints.ApplyBase("https://new.example.com/cm", "https://new.example.com/cm"));
        Assert.Equal(0, endpoints.ApplyBase("https://new.example.com/cm", "  "));
    }

    [Fact]
    public void SetFrom_copies_every_url_trimmed_into_the_same_instance()
    {
        var target = new CmEndpoints();
        var source = CmEndpoints.FromBase("https://cm.example.com");
        source.ConfirmBooking = "  https://cm.example.com/bookings  ";

        target.SetFrom(source);

        Assert.Equal("https://cm.example.com/bookings", target.ConfirmBooking);
        Assert.Equal(source.Describe().Select(e => e.Url.Trim()), target.Describe().Select(e => e.Url));
    }

    [Fact]
    public void Only_change_notification_is_optional() =>
        Assert.Equal(["Change notification"], new CmEndpoints().Describe().Where(e => !e.Required).Select(e => e.Label));
}
