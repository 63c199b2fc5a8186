using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

public sealed class BookingInboxTests
{
    [Fact]
    public void Many_large_bookings_on_many_connections_never_keep_more_than_the_byte_budgets()
    {
        var limits = new InboxLimits(200, 512 * 1024, 2 * 1024 * 1024);
        var inbox = new BookingInbox(TimeProvider.System, limits);
        var body = new string('x', ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator.MaxGroupBytes);

        for (var i = 0; i < 500; i++)
        {
            inbox.Add($"connection-{i % 10}", body, "{\"success\":true}", null);
            Assert.InRange(inbox.BytesOf($"connection-{i % 10}"), 0, limits.BytesPerConnection);
            Assert.InRange(inbox.Bytes, 0, limits.BytesInAll);
        }

        // The newest are kept, the oldest anywhere went first.
        Assert.Equal(500, inbox.Since("connection-9", 0)[^1].Sequence);
        Assert.DoesNotContain(inbox.Since("connection-0", 0), g => g.Sequence < 400);
    }

    [Fact]
    public void A_connection_that_floods_pushes_out_its_own_oldest_and_nobody_else_s()
    {
        var inbox = new BookingInbox(TimeProvider.System);
        var theirs = inbox.Add("project", "{\"messageId\":\"theirs\"}", "{\"success\":true}", null);
        var body = new string('x', ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator.MaxGroupBytes);

        for (var i = 0; i < 1_000; i++)
            inbox.Add("public", body, "{\"success\":true}", null);

        Assert.InRange(inbox.BytesOf("public"), 0, BookingInbox.Limits.BytesPerConnection);
        Assert.Equal([theirs], inbox.Since("project", 0));
    }
}
