using System.Collections.Concurrent;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The confirmations (M6–M8) channel managers sent to the simulator, by the messageId they confirm, so Play Mews can
/// check a CM that answered a push with asyncConfirmation true.
/// </summary>
public sealed class ConfirmationInbox
{
    /// <summary>A run waits seconds for its confirmations; past this many, the oldest are of no use and are dropped.</summary>
    private const int Kept = 10_000;

    private readonly ConcurrentDictionary<string, ReceivedConfirmation> received = new();

    public void Add(string relatedMessageId, ReceivedConfirmation confirmation)
    {
        if (received.Count >= Kept)
            received.Clear();
        received[relatedMessageId] = confirmation;
    }

    public ReceivedConfirmation? Find(string messageId) => received.GetValueOrDefault(messageId);
}
