using System.Text.Json;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

/// <summary>Paste mode's result half: the Confirm booking a CM received from Mews Demo.</summary>
public sealed class ConfirmationRulesTests
{
    private static IReadOnlyList<string> Check(string confirmation, string testId = "RES-01", IReadOnlyDictionary<string, string>? original = null)
    {
        using var group = JsonDocument.Parse(Bookings.Good().ToJsonString());
        using var confirm = JsonDocument.Parse(confirmation);
        return ConfirmationRules.Check(ReservationTest.Find(testId)!, group.RootElement, confirm.RootElement, group.RootElement, original ?? new Dictionary<string, string>());
    }

    [Fact]
    public void The_documented_confirmation_passes() =>
        Assert.Empty(Check("""{"relatedMessageId":"msg-000184","channelManagerId":"CM-100184","reservations":[{"code":"01","confirmationNumber":"5521"}]}"""));

    [Theory]
    [InlineData("""{"relatedMessageId":"msg-9","channelManagerId":"CM-100184","reservations":[{"code":"01","confirmationNumber":"5521"}]}""", "is not the Process group's `messageId`")]
    [InlineData("""{"relatedMessageId":"msg-000184","channelManagerId":"CM-9","reservations":[{"code":"01","confirmationNumber":"5521"}]}""", "is not the one sent")]
    [InlineData("""{"relatedMessageId":"msg-000184","channelManagerId":"CM-100184","reservations":[]}""", "Reservation 01 has no confirmation")]
    [InlineData("""{"relatedMessageId":"msg-000184","channelManagerId":"CM-100184","error":{"code":7,"message":"Start after end."}}""", "error 7 \"Start after end.\"")]
    [InlineData("[]", "is not a JSON object")]
    public void A_wrong_confirmation_says_what_is_wrong(string confirmation, string reason) =>
        Assert.Contains(Check(confirmation), r => r.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void A_modification_must_keep_the_original_confirmation_number() =>
        Assert.Contains(Check("""{"relatedMessageId":"msg-000184","channelManagerId":"CM-100184","reservations":[{"code":"01","confirmationNumber":"6000"}]}""", "RES-02",
            new Dictionary<string, string> { ["01"] = "5521" }), r => r.Contains("not 5521 as in the RES-01 booking", StringComparison.Ordinal));
}
