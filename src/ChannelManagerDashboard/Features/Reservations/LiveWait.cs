using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The reservation test a page waits on: its phase and elapsed time, what cancels it, and what the simulator can be
/// asked meanwhile (the reference CM's send, the ERR-06 switch).
/// </summary>
public sealed class LiveWait(LiveReservationPlay live, ReferenceCmSender reference, RefusedBookingWatch watch, TimeProvider clock, ILogger<LiveWait> log) : IDisposable
{
    private readonly RunningJob job = new(clock);
    private DateTimeOffset startedAt;

    /// <summary>The test waited on; null when none is.</summary>
    public string? Running { get; private set; }

    public ReservationPhase? Phase { get; private set; }

    public string Elapsed => Format(clock.GetUtcNow() - startedAt);

    public static string Format(TimeSpan span) => span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss") : span.ToString(@"m\:ss");

    /// <returns>
    /// The test's result; a cancelled wait ends unchanged with a notice, and an unexpected error as a failure in words,
    /// as neither kept anything.
    /// </returns>
    public async Task<Result<HarnessVerdict>> PlayAsync(int projectId, string testId, string who, Func<Task> redraw)
    {
        (Running, Phase, startedAt) = (testId, null, clock.GetUtcNow());
        var cancellation = job.Start(redraw);
        var reporter = new Progress<ReservationPhase>(p =>
        {
            Phase = p;
            _ = redraw();
        });
        try
        {
            return await live.PlayAsync(projectId, testId, who, reporter, cancellation);
        }
        catch (OperationCanceledException)
        {
            return Result.Unchanged($"Stopped waiting for {testId}. Nothing was kept.").As<HarnessVerdict>();
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Reservation test {TestId} in project {ProjectId} stopped", testId, projectId);
            return Result.Failed(Result.Whole, $"{testId} stopped on an unexpected error: {ex.Message}").As<HarnessVerdict>();
        }
        finally
        {
            Running = null;
            job.Finish();
        }
    }

    public void Cancel() => job.Cancel();

    /// <summary>Lets the reference channel manager send the booking of the test waited on.</summary>
    public async Task<Result> SendAsReferenceAsync(int projectId) =>
        Running is { } testId ? await reference.SendAsync(projectId, testId) : Result.Unchanged();

    public Task<Result> RefuseNextAsync(int projectId, bool refuse) => watch.RefuseNextAsync(projectId, refuse);

    public void Dispose() => job.Dispose();
}
