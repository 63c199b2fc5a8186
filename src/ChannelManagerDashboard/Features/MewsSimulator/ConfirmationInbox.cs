using ChannelManagerDashboard.Hosting.MachineEndpoints;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The confirmations (M6–M8) channel managers sent to the simulator, by the messageId they confirm, so Play Mews can
/// check a CM that answered a push with asyncConfirmation true. Each connection keeps its newest ones only, so a CM
/// that floods one connection pushes out its own oldest confirmations and nobody else's.
/// </summary>
/// <param name="limits">What it keeps; <see cref="Limits"/> when not given.</param>
public sealed class ConfirmationInbox(InboxLimits? limits = null)
{
    /// <summary>
    /// A run waits seconds for its confirmations, one per push: a full INV-06 of a large hotel sends a few hundred of
    /// about 300 characters, well within 2 MB a connection. 16 MB for all keeps eight connections full at once.
    /// </summary>
    public static InboxLimits Limits { get; } = new(2_000, 2 * 1024 * 1024, 16 * 1024 * 1024);

    /// <summary>A failed confirmation is quoted in a reason; more of its body than this is never shown.</summary>
    public const int KeptBodyChars = 4_096;

    private sealed record Kept(string Connection, string MessageId, ReceivedConfirmation Confirmation);

    private readonly Lock gate = new();
    private readonly KeptQueues<Kept> kept = new(limits ?? Limits, k => InboxLimits.BytesOf(k.MessageId, k.Confirmation.Operation, k.Confirmation.Body));
    private readonly Dictionary<string, Dictionary<string, ReceivedConfirmation>> byConnection = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentOutOfRangeException">The id is longer than <see cref="MachineIds.MaxChars"/>: the caller refuses it first.</exception>
    public void Add(string connectionToken, string relatedMessageId, ReceivedConfirmation confirmation)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(relatedMessageId.Length, MachineIds.MaxChars, nameof(relatedMessageId));
        var cut = confirmation.Body.Length <= KeptBodyChars ? confirmation : confirmation with { Body = confirmation.Body[..KeptBodyChars] };
        lock (gate)
        {
            // A confirmation sent again replaces the first, as the newest.
            if (byConnection.TryGetValue(connectionToken, out var earlier) && earlier.ContainsKey(relatedMessageId))
                kept.Remove(connectionToken, k => k.MessageId == relatedMessageId, Forget);
            if (!kept.Add(connectionToken, new Kept(connectionToken, relatedMessageId, cut), Forget))
                return;
            if (!byConnection.TryGetValue(connectionToken, out var byId))
                byConnection[connectionToken] = byId = new Dictionary<string, ReceivedConfirmation>(StringComparer.Ordinal);
            byId[relatedMessageId] = cut;
        }
    }

    public ReceivedConfirmation? Find(string messageId)
    {
        lock (gate)
        {
            foreach (var (_, byId) in byConnection)
            {
                if (byId.TryGetValue(messageId, out var found))
                    return found;
            }
            return null;
        }
    }

    /// <summary>The bytes kept for all connections, and for one: never more than the limits allow.</summary>
    public long Bytes
    {
        get
        {
            lock (gate)
                return kept.Bytes;
        }
    }

    public long BytesOf(string connectionToken)
    {
        lock (gate)
            return kept.BytesOf(connectionToken);
    }

    private void Forget(Kept pushedOut)
    {
        var byId = byConnection[pushedOut.Connection];
        byId.Remove(pushedOut.MessageId);
        if (byId.Count == 0)
            byConnection.Remove(pushedOut.Connection);
    }
}
