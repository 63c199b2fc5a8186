namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The confirmations (M6–M8) channel managers sent to the simulator, by the messageId they confirm, so Play Mews can
/// check a CM that answered a push with asyncConfirmation true. Each connection keeps its newest ones only, so a CM
/// that floods one connection pushes out its own oldest confirmations and nobody else's.
/// </summary>
public sealed class ConfirmationInbox
{
    /// <summary>A run waits seconds for its confirmations, one per push: a full INV-06 of a large hotel sends a few hundred.</summary>
    public const int KeptPerConnection = 2_000;

    /// <summary>A failed confirmation is quoted in a reason; more of its body than this is never shown.</summary>
    public const int KeptBodyChars = 4_096;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (Queue<string> Order, Dictionary<string, ReceivedConfirmation> ById)> byConnection = new(StringComparer.Ordinal);

    public void Add(string connectionToken, string relatedMessageId, ReceivedConfirmation confirmation)
    {
        var kept = confirmation.Body.Length <= KeptBodyChars ? confirmation : confirmation with { Body = confirmation.Body[..KeptBodyChars] };
        lock (gate)
        {
            if (!byConnection.TryGetValue(connectionToken, out var inbox))
                byConnection[connectionToken] = inbox = (new Queue<string>(), new Dictionary<string, ReceivedConfirmation>(StringComparer.Ordinal));
            if (!inbox.ById.ContainsKey(relatedMessageId))
            {
                while (inbox.ById.Count >= KeptPerConnection)
                    inbox.ById.Remove(inbox.Order.Dequeue());
                inbox.Order.Enqueue(relatedMessageId);
            }
            inbox.ById[relatedMessageId] = kept;
        }
    }

    public ReceivedConfirmation? Find(string messageId)
    {
        lock (gate)
        {
            foreach (var (_, inbox) in byConnection)
            {
                if (inbox.ById.TryGetValue(messageId, out var found))
                    return found;
            }
            return null;
        }
    }
}
