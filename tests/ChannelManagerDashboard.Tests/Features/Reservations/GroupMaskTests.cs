using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class GroupMaskTests
{
    private static readonly SecretScrubber Tokens = new([new Secret("B19F0000SECRET0000F29"), new Secret("C90C0000CONNECTION0000B43")]);

    [Fact]
    public void Evidence_keeps_no_card_number_no_cvv_and_no_token()
    {
        var group = Bookings.Good();
        group["clientToken"] = "B19F0000SECRET0000F29";
        group["connectionToken"] = "C90C0000CONNECTION0000B43";
        group["comments"] = new System.Text.Json.Nodes.JsonArray("card 5555444433331111 on file");

        var kept = GroupMask.Mask(group.ToJsonString(), Tokens);

        Assert.DoesNotContain("4111111111111111", kept);
        Assert.DoesNotContain("5555444433331111", kept);
        Assert.DoesNotContain("\"123\"", kept);
        Assert.DoesNotContain("SECRET", kept);
        Assert.DoesNotContain("CONNECTION", kept);
        Assert.Contains("••••••••••••1111", kept);
    }

    [Fact]
    public void A_body_that_is_not_JSON_is_still_masked() =>
        Assert.Equal("{\"number\":\"••••••••••••1111\" B19F…F29", GroupMask.Mask("{\"number\":\"4111111111111111\" B19F0000SECRET0000F29", Tokens));
}
