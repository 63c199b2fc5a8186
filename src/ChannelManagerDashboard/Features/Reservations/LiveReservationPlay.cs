using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// Plays Mews for the bookings a channel manager sends: waits for its Process group on the simulator, judges it,
/// confirms it on the CM's endpoint, judges that answer, and keeps it all as a run with the tracker updated.
/// ERR-06 instead watches for the refused booking to be sent again.
/// </summary>
public sealed class LiveReservationPlay(
    ReservationSetup setup,
    MewsSimulator.MewsSimulator simulator,
    SimulatorConfirmation confirmation,
    RefusedBookingWatch watch,
    HarnessRunStore runs,
    ReservationSettings settings,
    TimeProvider clock)
{
    public async Task<Result<HarnessVerdict>> PlayAsync(int projectId, string testId, string who, IProgress<ReservationPhase>? progress, CancellationToken cancellation)
    {
        if (ReservationTest.Find(testId) is not { } test)
            return Result.Invalid("Test", $"There is no reservation test '{testId}'.").As<HarnessVerdict>();
        var loaded = await setup.LoadAsync(projectId);
        var found = await setup.LiveTokensAsync(projectId, loaded?.Mapping);
        if (found.Value is not { } tokens)
            return found.As<HarnessVerdict>();
        var prepared = await setup.PrepareAsync(projectId, test, loaded);
        if (prepared.Value is not { } context)
            return prepared.As<HarnessVerdict>();

        var connectionToken = tokens.ConnectionToken.Reveal();
        var from = simulator.Bookings.Next;
        var wait = TimeSpan.FromMinutes(settings.WaitMinutes);
        progress?.Report(new ReservationPhase($"Waiting for the channel manager's Process group for {test.Id}…", clock.GetUtcNow() + wait));
        var received = await simulator.Bookings.WaitAsync(connectionToken, from, wait, cancellation);
        if (received is null)
            return Result.Invalid(Result.Whole, $"No Process group arrived on this connection within {settings.WaitMinutes} minutes. Check that the channel manager sends to the address above with this connection's token, then start again.").As<HarnessVerdict>();

        var scrubber = new SecretScrubber([tokens.ClientToken, tokens.ConnectionToken]);
        progress?.Report(new ReservationPhase($"Judging the Process group that arrived at {received.ReceivedAt:HH:mm:ss}…"));
        var result = test.Kind == ReservationKind.Invalid
            ? await watch.WatchAsync(test, received, connectionToken, scrubber, progress, cancellation)
            : await confirmation.ConfirmAsync(test, context, received, tokens, scrubber, cancellation);
        var kept = await runs.KeepAsync(projectId, context.ConnectionId, result, who, test.HumanCheck, test.NoteSource);
        return Result.Of(result) with { Warnings = kept.Warnings };
    }
}
