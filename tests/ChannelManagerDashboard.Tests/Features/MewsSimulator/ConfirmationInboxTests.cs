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

        for (var i = 0; i <= ConfirmationInbox.Limits.CountPerConnection; i++)
            inbox.Add("flooding-connection", $"message-{i}", Confirmation());

        Assert.Null(inbox.Find("message-0"));
        Assert.NotNull(inbox.Find("message-1"));
        Assert.NotNull(inbox.Find($"message-{ConfirmationInbox.Limits.CountPerConnection}"));
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

    [Fact]
    public void Many_large_confirmations_on_many_connections_never_keep_more_than_the_byte_budgets()
    {
        var limits = new InboxLimits(1_000, 64 * 1024, 256 * 1024);
        var inbox = new ConfirmationInbox(limits);
        var body = new string('x', ConfirmationInbox.KeptBodyChars * 4);

        for (var i = 0; i < 2_000; i++)
        {
            inbox.Add($"connection-{i % 20}", $"message-{i}-{new string('y', 80)}", Confirmation(body));
            Assert.InRange(inbox.BytesOf($"connection-{i % 20}"), 0, limits.BytesPerConnection);
            Assert.InRange(inbox.Bytes, 0, limits.BytesInAll);
        }

        // The newest are kept, the oldest anywhere went first.
        Assert.NotNull(inbox.Find($"message-1999-{new string('y', 80)}"));
        Assert.Null(inbox.Find($"message-0-{new string('y', 80)}"));
        Assert.True(inbox.Bytes > limits.BytesInAll - 2 * InboxLimits.BytesOf(new string('y', 100), body));
    }

    [Fact]
    public void The_default_budgets_hold_under_a_flood_of_the_largest_confirmations()
    {
        var inbox = new ConfirmationInbox();
        var body = new string('x', ConfirmationInbox.KeptBodyChars);

        for (var i = 0; i < 5_000; i++)
            inbox.Add(i % 2 == 0 ? "public" : $"project-{i % 7}", $"{i:D100}", Confirmation(body));

        Assert.InRange(inbox.BytesOf("public"), 0, ConfirmationInbox.Limits.BytesPerConnection);
        Assert.InRange(inbox.Bytes, 0, ConfirmationInbox.Limits.BytesInAll);
    }

    [Fact]
    public void An_id_over_100_characters_is_never_kept() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfirmationInbox().Add("connection", new string('x', 101), Confirmation()));
}
