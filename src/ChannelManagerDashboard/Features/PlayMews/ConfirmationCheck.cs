using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// A push the CM accepted with asyncConfirmation true is only done when its confirmation (M6–M8) arrives at the push's
/// responseUrl with relatedMessageId = its messageId and success true (Mews certification guide, inventory tests). When the pushes point
/// at the dashboard's own simulator, this waits for those confirmations and judges them.
/// </summary>
public static class ConfirmationCheck
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>A push that awaits its confirmation: where its evidence is, and what to look for.</summary>
    public sealed record Pending(int Index, string MessageId, string Operation, DateTimeOffset AnsweredAt);

    /// <returns>The evidence with each pending push's confirmation judged: a note when it arrived as expected, a reason when not.</returns>
    public static async Task<ExchangeEvidence[]> JudgeAsync(ExchangeEvidence[] evidence, IReadOnlyCollection<Pending> pending, ConfirmationInbox inbox,
        TimeSpan wait, SecretScrubber scrubber, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + wait;
        while (pending.Any(p => inbox.Find(p.MessageId) is null) && DateTime.UtcNow < deadline)
            await Task.Delay(PollEvery, cancellation);
        var judged = (ExchangeEvidence[])evidence.Clone();
        foreach (var push in pending)
        {
            var exchange = judged[push.Index];
            var expected = CmOperation.ConfirmationOf(push.Operation);
            // The answer alone was right; what was missing is the confirmation, so the expectation names it.
            exchange = exchange with { Expected = $"{exchange.Expected}, then {expected} with relatedMessageId {push.MessageId} and success true" };
            judged[push.Index] = inbox.Find(push.MessageId) switch
            {
                null => exchange with { Reasons = [.. exchange.Reasons, $"The channel manager accepted the push for later processing (asyncConfirmation true) but sent no confirmation to its responseUrl within {wait.TotalSeconds:0} s. Send {expected} with relatedMessageId {push.MessageId}."] },
                { Operation: var through } when through != expected => exchange with { Reasons = [.. exchange.Reasons, $"The confirmation came through {through}; a {push.Operation} push is confirmed through {expected}."] },
                { Success: false } failed => exchange with { Reasons = [.. exchange.Reasons, $"The channel manager confirmed the push as failed through {expected}: {TextCut.Shorten(scrubber.Scrub(failed.Body), 300)}"] },
                var confirmed => judged[push.Index] with { Notes = [.. exchange.Notes, $"Confirmed through {expected} {(confirmed.ReceivedAt - push.AnsweredAt).TotalMilliseconds:0} ms after the answer."] },
            };
        }
        return judged;
    }
}
