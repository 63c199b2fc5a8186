using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

public sealed class ConfirmationInboxTests
{
    private static ReceivedConfirmation Confirmation(string body = "{}") => new("processRateConfirmation", true, body, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_connection_that_floods_the_inbox_loses_its_own_oldest_confirmations_and_nobody_else_s()
    {
        var inbox = new ConfirmationInbox();
        inbox.Add("other-connection", "theirs", Confirmation());

        for (var i = 0; i <= ConfirmationInbox.KeptPerConnection; i++)
            inbox.Add("flooding-connection", $"message-{i}", Confirmation());

        Assert.Null(inbox.Find("message-0"));
        Assert.NotNull(inbox.Find("message-1"));
        Assert.NotNull(inbox.Find($"message-{ConfirmationInbox.KeptPerConnection}"));
        Assert.NotNull(inbox.Find("theirs"));
    }

    [Fact]
    public void A_confirmation_sent_again_replaces_the_first_and_a_long_body_is_kept_in_part()
    {
        var inbox = new ConfirmationInbox();
        inbox.Add("connection", "message", Confirmation("first"));

        inbox.Add("connection", "message", Confirmation(new string('x', ConfirmationInbox.KeptBodyChars + 100)));

        Assert.Equal(ConfirmationInbox.KeptBodyChars, inbox.Find("message")!.Body.Length);
    }
}
