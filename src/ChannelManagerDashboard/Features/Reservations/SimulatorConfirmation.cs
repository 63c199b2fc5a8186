using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Hosting;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>The simulator's own half of a live booking: its synchronous answer, then Confirm booking to the CM and the CM's answer, all judged.</summary>
public sealed class SimulatorConfirmation(CmRequestSender sender, HarnessSettings harness, SelfAddress self, TimeProvider clock)
{
    public async Task<HarnessVerdict> ConfirmAsync(ReservationTest test, PreparedTest context, MewsSimulator.ReceivedGroup received,
        ConnectionTokens tokens, SecretScrubber scrubber, CancellationToken cancellation)
    {
        var (body, answer, started) = (received.Body, received.Answer, received.ReceivedAt);
        var payloadReasons = new List<string>();
        var payloadNotes = new List<string>();
        var facts = new List<string>();
        JsonObject? confirmation = null;
        try
        {
            using var group = JsonDocument.Parse(body);
            payloadReasons.AddRange(ReservationRules.Check(test, group.RootElement, context.Previous, context.Booking).Select(scrubber.Scrub));
            payloadNotes.AddRange(BookingNotes.Of(group.RootElement, tokens.ConnectionToken.Reveal()));
            if (received.ErrorCode is null)
            {
                confirmation = BookingConfirmation.Build(group.RootElement, context.Previous, tokens.ClientToken.Reveal(), tokens.ConnectionToken.Reveal());
                var numbers = confirmation["reservations"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!["confirmationNumber"]!.GetValue<string>());
                facts.AddRange(StoredBooking.Describe(group.RootElement, numbers).Select(scrubber.Scrub));
            }
        }
        catch (JsonException ex)
        {
            payloadReasons.Add($"The message is not valid JSON ({ex.Message.Split('.')[0]}).");
        }
        if (received.ErrorCode is { } code)
            payloadReasons.Add($"Mews refused the booking with error {code}: {ReservationEvidence.ErrorMessage(answer)}");

        var evidence = new List<ExchangeEvidence>
        {
            new(ReservationEvidence.ProcessGroupLabel, ReservationEvidence.SimulatorAddress(self), started, GroupMask.Mask(body, scrubber), Encoding.UTF8.GetByteCount(body), 200,
                scrubber.Scrub(answer), 0, $"a booking by the {test.Booking.Id} rules", payloadReasons, payloadNotes, false, Replay(tokens)),
        };
        var reasons = new List<string>(payloadReasons);
        if (confirmation is not null)
        {
            var confirmed = await SendAsync(context.Project, confirmation, tokens, scrubber, cancellation);
            evidence.Add(confirmed);
            if (!confirmed.Passed)
                reasons.Add($"Confirm booking: {confirmed.Finding()}");
        }
        var latency = (long)(clock.GetUtcNow() - started).TotalMilliseconds;
        return new HarnessVerdict(test.Id, started, reasons, evidence.SelectMany(e => e.Notes).Distinct().ToList(), facts, latency, evidence.Sum(e => (long)e.RequestBytes), evidence);
    }

    private static ReplayTokens Replay(ConnectionTokens tokens) => new(tokens.ClientToken.Mask, tokens.ConnectionToken.Mask, CurlLine.ConnectionTokenVariable);

    private async Task<ExchangeEvidence> SendAsync(CertificationProject project, JsonObject confirmation, ConnectionTokens tokens, SecretScrubber scrubber, CancellationToken cancellation)
    {
        var url = project.Endpoints.UrlFor(CmOperation.ConfirmGroup);
        var expected = Expectation.Success.Wanted();
        var sentAt = clock.GetUtcNow();
        var body = Encoding.UTF8.GetBytes(confirmation.ToJsonString());
        var kept = scrubber.Scrub(confirmation.ToJsonString());
        var label = ReservationEvidence.ConfirmLabel;
        if ((url.Length == 0 ? "There is no URL for confirmGroup. Enter it in step P2 before running the reservation tests." : EndpointUrlRule.Check(url, required: true)) is { } problem)
            return new ExchangeEvidence(label, url, sentAt, kept, body.Length, null, "", 0, expected, [problem], [], false, Replay(tokens));
        var limits = harness.Limits;
        var answer = (await sender.PostAsync(new Uri(url), body, limits, cancellation)).WithoutSecrets(scrubber);
        var verdict = ResponseJudge.Judge(answer, Expectation.Success, limits, CmOperation.ConfirmGroup, url);
        return new ExchangeEvidence(label, url, sentAt, kept, body.Length, answer.StatusCode, answer.Failure ?? Encoding.UTF8.GetString(answer.Body),
            (long)answer.Latency.TotalMilliseconds, expected, verdict.Reasons, verdict.Notes, false, Replay(tokens)) { Got = AnswerPreview.Of(answer) };
    }
}
