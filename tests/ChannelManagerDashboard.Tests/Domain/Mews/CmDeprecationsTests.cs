using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

public sealed class CmDeprecationsTests
{
    [Fact]
    public void AdultCount_in_a_Process_group_is_the_one_that_needs_re_certification_when_replaced()
    {
        var found = CmDeprecations.In("""{"reservations":[{"adultCount":2,"childCount":0,"channel":"Booking.com"}]}""", DeprecationSide.CmRequest).ToList();

        Assert.Equal(["adultCount / childCount", "channel"], found.Select(d => d.Field));
        Assert.True(found[0].NeedsRecertification);
        Assert.False(found[1].NeedsRecertification);
    }

    [Fact]
    public void The_current_fields_and_the_ids_that_contain_a_deprecated_name_are_not_flagged() =>
        Assert.Empty(CmDeprecations.In("""{"guestCounts":[{"code":"Adult","count":2}],"sources":[{"code":"BDC"}],"channelManagerId":"CM-1","company":{"name":"X"},"travelAgency":{"iata":"123"}}""", DeprecationSide.CmRequest));

    [Fact]
    public void Company_iata_and_a_singular_error_in_an_answer_are_found_on_their_side_only()
    {
        Assert.Equal("company.iata", Assert.Single(CmDeprecations.In("""{"company":{"name":"X","iata":"123"}}""", DeprecationSide.CmRequest)).Field);
        Assert.Empty(CmDeprecations.In("""{"success":false,"error":{"code":10}}""", DeprecationSide.CmRequest));
        Assert.Equal("errors", Assert.Single(CmDeprecations.In("""{"success":false,"error":{"code":10}}""", DeprecationSide.CmAnswer)).Replacement);
    }
}
