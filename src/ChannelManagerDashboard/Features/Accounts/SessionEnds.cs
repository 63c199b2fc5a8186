using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Tells the open pages (circuits) of every instance that an account's sessions have ended, so they close at once rather
/// than at their next check of the security stamp.
/// </summary>
public sealed class SessionEnds
{
    private const string Topic = "sessions-ended";

    private readonly IMessageBus bus;

    public SessionEnds(IMessageBus bus)
    {
        this.bus = bus;
        bus.Subscribe(Topic, message =>
        {
            var (userId, spared) = message.IndexOf('\n') is var split and >= 0 ? (message[..split], message[(split + 1)..]) : (message, null);
            Ended?.Invoke(userId, spared);
        });
    }

    /// <summary>Raised with the account's id and the open page to leave alone; on this instance, on the thread that ended the sessions.</summary>
    public event Action<string, string?>? Ended;

    /// <param name="sparedPage">The <see cref="OpenPageMark"/> of the page that is leaving by itself (its sign-out), if any.</param>
    public void End(string userId, string? sparedPage = null) => bus.Publish(Topic, sparedPage is null ? userId : $"{userId}\n{sparedPage}");
}
