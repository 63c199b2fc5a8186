using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class CancellationRulesTests
{
    private static readonly JsonObject Original = Bookings.Good();

    private static IReadOnlyList<string> Check(string cancellation, string testId = "RES-03")
    {
        using var group = JsonDocument.Parse(cancellation);
        using var previous = JsonDocument.Parse(Original.ToJsonString());
        return CancellationRules.Check(ReservationTest.Find(testId)!, group.RootElement, previous.RootElement);
    }

    [Theory]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184","reservations":[]}""")]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184","reservations":null}""")]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184"}""")]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184","reservations":[{"code":"01","state":3}]}""")]
    public void Each_documented_shape_of_a_cancellation_passes(string cancellation) => Assert.Empty(Check(cancellation));

    [Theory]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-777","reservations":[]}""", "is not the one of the RES-01 booking")]
    [InlineData("""{"messageId":"msg-2","reservations":[]}""", "`channelManagerId` is missing")]
    [InlineData("""{"messageId":"msg-000184","channelManagerId":"CM-100184","reservations":[]}""", "is the RES-01 booking's: every message needs a new one")]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184","reservations":[{"code":"01","state":1}]}""", "Reservation 01 is not cancelled")]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184","reservations":[{"code":"02","state":3}]}""", "are not the RES-01 booking's (01)")]
    [InlineData("""{"messageId":"msg-2","channelManagerId":"CM-100184","reservations":"all"}""", "must be empty, null or the group's reservations")]
    public void A_cancellation_that_breaks_one_rule_says_which(string cancellation, string reason) =>
        Assert.Contains(Check(cancellation), r => r.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void Each_cancellation_test_names_the_booking_it_cancels() =>
        Assert.Contains("RES-04 booking", Assert.Single(Check("""{"messageId":"msg-2","channelManagerId":"CM-1","reservations":[]}""", "RES-06")));
}
