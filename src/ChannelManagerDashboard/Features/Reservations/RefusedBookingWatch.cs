using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Hosting;
using static ChannelManagerDashboard.Features.Reservations.ReservationEvidence;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// ERR-06 on the simulator: the switch that refuses the connection's next booking with code 7, and the watch that the
/// refused booking does not come again unchanged.
/// </summary>
public sealed class RefusedBookingWatch(
    ReservationSetup setup,
    MewsSimulator.MewsSimulator simulator,
    SelfAddress self,
    ReservationSettings settings,
    TimeProvider clock,
    ILogger<RefusedBookingWatch> log)
{
    public async Task<Result> RefuseNextAsync(int projectId, bool refuse)
    {
        var found = await setup.LiveTokensAsync(projectId);
        if (found.Value is not { } tokens)
            return found;
        simulator.Bookings.RefuseNext(tokens.ConnectionToken.Reveal(), refuse);
        log.LogInformation("ERR-06 switch {State} for project {ProjectId}", refuse ? "on" : "off", projectId);
        return Result.Ok();
    }

    /// <summary>The booking must have been refused with code 7, and must not come again unchanged while the simulator watches.</summary>
    public async Task<HarnessVerdict> WatchAsync(ReservationTest test, MewsSimulator.ReceivedGroup refused, string connectionToken, SecretScrubber scrubber,
        IProgress<ReservationPhase>? progress, CancellationToken cancellation)
    {
        var replay = ReplayTokens.None;
        var evidence = new List<ExchangeEvidence>
        {
            new(ProcessGroupLabel, SimulatorAddress(self), refused.ReceivedAt, GroupMask.Mask(refused.Body, scrubber), Encoding.UTF8.GetByteCount(refused.Body), 200,
                scrubber.Scrub(refused.Answer), 0, "error code 7 (the booking breaks a business rule)", [], [], false, replay),
        };
        var facts = new List<string>();
        var notes = new List<string>();
        if (refused.ErrorCode != MewsSimulator.BookingBusinessRules.ProcessingError)
        {
            var reason = refused.ErrorCode is null
                ? "Mews accepted this booking: it breaks no business rule. Send one whose departure is before its arrival, or turn on \"Refuse the next booking with code 7\" and send any booking."
                : $"Mews refused the booking with error {refused.ErrorCode}, not 7: {ErrorMessage(refused.Answer)} Fix that first; ERR-06 needs a booking that breaks a business rule.";
            return new HarnessVerdict(test.Id, refused.ReceivedAt, [reason], [], [], 0, evidence[0].RequestBytes, evidence);
        }
        facts.Add($"Mews refused the booking at {Time(refused.ReceivedAt)} with code 7: {ErrorMessage(refused.Answer)}");
        var until = refused.ReceivedAt + TimeSpan.FromSeconds(settings.ResendWatchSeconds);
        progress?.Report(new ReservationPhase("Watching for the same booking to come again…", until));
        var reasons = new List<string>();
        var after = refused.Sequence + 1;
        while (clock.GetUtcNow() < until)
        {
            var next = await simulator.Bookings.WaitAsync(connectionToken, after, until - clock.GetUtcNow(), cancellation);
            if (next is null)
                break;
            after = next.Sequence + 1;
            var unchanged = SameBooking(refused.Body, next.Body);
            evidence.Add(new(unchanged ? "The same booking again" : "A corrected booking", SimulatorAddress(self), next.ReceivedAt, GroupMask.Mask(next.Body, scrubber),
                Encoding.UTF8.GetByteCount(next.Body), 200, scrubber.Scrub(next.Answer), 0, "no resend of the refused booking",
                unchanged ? [$"Resent an invalid booking unchanged at {Time(next.ReceivedAt)}."] : [], [], false, replay));
            if (unchanged)
            {
                reasons.Add($"The channel manager resent an invalid booking unchanged at {Time(next.ReceivedAt)}: after error 7 it must log the error and not send the same booking again.");
                break;
            }
            notes.Add($"A corrected booking arrived at {Time(next.ReceivedAt)}; Mews answered {(next.ErrorCode is { } c ? $"error {c}" : "success")}. That is welcome.");
        }
        if (reasons.Count == 0)
            facts.Add($"No resend of the refused booking in {settings.ResendWatchSeconds} seconds of watching (until {Time(until)}).");
        return new HarnessVerdict(test.Id, refused.ReceivedAt, reasons, notes, facts, (long)(clock.GetUtcNow() - refused.ReceivedAt).TotalMilliseconds,
            evidence.Sum(e => (long)e.RequestBytes), evidence);
    }

    /// <summary>The same booking: equal apart from its messageId, which a resend may renew.</summary>
    private static bool SameBooking(string first, string second)
    {
        try
        {
            if (JsonNode.Parse(first) is not JsonObject a || JsonNode.Parse(second) is not JsonObject b)
                return first == second;
            a.Remove("messageId");
            b.Remove("messageId");
            return JsonNode.DeepEquals(a, b);
        }
        catch (JsonException)
        {
            return first == second;
        }
    }
}
