using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using static ChannelManagerDashboard.Features.Reservations.ReservationEvidence;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>Paste mode: the Process group the CM sent to Mews Demo and the Confirm booking it received, judged by the same rules as live play.</summary>
public sealed class PastedMessagesJudge(ReservationSetup setup, ConnectionService connections, HarnessRunStore runs, TimeProvider clock)
{
    public async Task<Result<HarnessVerdict>> JudgeAsync(int projectId, string testId, string groupText, string confirmationText, string who)
    {
        if (ReservationTest.Find(testId) is not { } test || test.Kind == ReservationKind.Invalid)
            return Result.Invalid("Test", $"Paste mode judges RES-01 to RES-13; '{testId}' is not one of them.").As<HarnessVerdict>();
        if (string.IsNullOrWhiteSpace(groupText))
            return Result.Invalid("Group", "Paste the Process group body your channel manager sent.").As<HarnessVerdict>();
        if (groupText.Length > MewsSimulator.MewsSimulator.MaxBodyBytes || confirmationText.Length > MewsSimulator.MewsSimulator.MaxBodyBytes)
            return Result.Invalid("Group", "A pasted message is larger than 1 MB; paste one Process group and its Confirm booking.").As<HarnessVerdict>();
        var prepared = await setup.PrepareAsync(projectId, test, await setup.LoadAsync(projectId));
        if (prepared.Value is not { } context)
            return prepared.As<HarnessVerdict>();
        var tokens = context.ConnectionId is { } id ? (await connections.TokensForAsync(projectId, id)).Value : null;
        var scrubber = new SecretScrubber(tokens is null ? [] : [tokens.ClientToken, tokens.ConnectionToken]);
        var now = clock.GetUtcNow();

        // Input that cannot be judged is sent back, not kept: a typo must not turn the tracker red.
        if (string.IsNullOrWhiteSpace(confirmationText))
            return Result.Invalid("Confirmation", "Paste the Confirm booking Mews sent to your confirmGroup endpoint as well: the test's result half is judged on it.").As<HarnessVerdict>();
        var readable = Readable(groupText, "The Process group");
        if (readable.Succeeded)
            readable = Readable(confirmationText, "The Confirm booking");
        if (!readable.Succeeded)
            return readable.As<HarnessVerdict>();
        using var group = JsonDocument.Parse(groupText);
        using var confirmation = JsonDocument.Parse(confirmationText);
        var groupReasons = ReservationRules.Check(test, group.RootElement, context.Previous, context.Booking).Select(scrubber.Scrub).ToList();
        var reasons = ConfirmationRules.Check(test, group.RootElement, confirmation.RootElement, context.Previous, context.OriginalNumbers).Select(scrubber.Scrub).ToList();
        var facts = StoredBooking.Describe(group.RootElement, ConfirmationRules.Numbers(confirmation.RootElement)).Select(scrubber.Scrub).ToList();
        var notes = BookingNotes.Of(group.RootElement, tokens?.ConnectionToken.Reveal());
        var evidence = new List<ExchangeEvidence>
        {
            new(ProcessGroupLabel, "pasted", now, GroupMask.Mask(groupText, scrubber), Encoding.UTF8.GetByteCount(groupText), null, "", 0,
                $"a booking by the {test.Booking.Id} rules", groupReasons, notes, false, ReplayTokens.None),
            new(ConfirmLabel, "pasted", now, scrubber.Scrub(confirmationText), Encoding.UTF8.GetByteCount(confirmationText), null, "", 0,
                "the same channelManagerId and codes, with Mews confirmation numbers", reasons, [], false, ReplayTokens.None),
        };
        var result = new HarnessVerdict(test.Id, now, [.. groupReasons, .. reasons], ["Judged from pasted messages (Mews Demo).", .. notes], facts, 0, Encoding.UTF8.GetByteCount(groupText), evidence);
        var kept = await runs.KeepAsync(projectId, context.ConnectionId, result, who, test.HumanCheck, test.NoteSource);
        return Result.Of(result) with { Warnings = kept.Warnings };
    }

    /// <summary>Why the text is not JSON, in words to show, on the Group field.</summary>
    private static Result Readable(string text, string what)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return Result.Ok();
        }
        catch (JsonException ex)
        {
            return Result.Invalid("Group", $"{what} is not valid JSON ({ex.Message.Split('.')[0]}). Paste the whole body; nothing was kept.");
        }
    }
}
