using System.Globalization;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.CertificationCall;

public enum CallTimerState
{
    NotStarted,
    Running,
    Paused,
}

/// <summary>
/// The call's clock, kept as "time run so far" plus "running since", so every browser computes the same time from the
/// stored state and a pause or a restart of the app loses nothing.
/// </summary>
public sealed record CallTimer(int PlannedMinutes, TimeSpan Elapsed, DateTimeOffset? RunningSince)
{
    /// <summary>The certification call is booked for 90 minutes.</summary>
    public const int StandardMinutes = 90;

    /// <summary>Mews extends the call until the inventory tests pass; more than a working day is a typing mistake.</summary>
    public const int LongestMinutes = 8 * 60;

    public static CallTimer New { get; } = new(StandardMinutes, TimeSpan.Zero, null);

    public CallTimerState State => RunningSince is not null ? CallTimerState.Running
        : Elapsed > TimeSpan.Zero ? CallTimerState.Paused
        : CallTimerState.NotStarted;

    public TimeSpan Planned => TimeSpan.FromMinutes(PlannedMinutes);

    /// <summary>A clock that went back (another machine's time) adds nothing rather than taking time away.</summary>
    public TimeSpan ElapsedAt(DateTimeOffset now) =>
        Elapsed + (RunningSince is { } since && now > since ? now - since : TimeSpan.Zero);

    public TimeSpan RemainingAt(DateTimeOffset now) => Max(Planned - ElapsedAt(now), TimeSpan.Zero);

    public TimeSpan OvertimeAt(DateTimeOffset now) => Max(ElapsedAt(now) - Planned, TimeSpan.Zero);

    public CallTimer Start(DateTimeOffset now) => RunningSince is null ? this with { RunningSince = now } : this;

    public CallTimer Pause(DateTimeOffset now) => RunningSince is null ? this : new(PlannedMinutes, ElapsedAt(now), null);

    /// <summary>How many minutes an extension may still add before the call reaches <see cref="LongestMinutes"/>.</summary>
    public int RoomMinutes => Math.Max(LongestMinutes - PlannedMinutes, 0);

    /// <returns>The timer with <paramref name="minutes"/> more planned, or why it cannot be extended by that much.</returns>
    public Result<CallTimer> Extend(int minutes) =>
        minutes <= 0 ? NotExtended("Extend the call by a positive number of minutes, e.g. 15.")
        : minutes > RoomMinutes ? NotExtended(RoomMinutes == 0
            ? $"Not extended: the call is planned for {PlannedMinutes} minutes, already the most this timer plans (8 hours, {LongestMinutes} minutes)."
            : $"Not extended: {minutes} more would make {PlannedMinutes + minutes} minutes, over the 8-hour cap ({LongestMinutes} minutes). Add at most {RoomMinutes}.")
        : Result.Of(this with { PlannedMinutes = PlannedMinutes + minutes });

    private static Result<CallTimer> NotExtended(string why) => Result.Invalid("Extend", why).As<CallTimer>();

    /// <summary>What a reset loses, said before it happens, e.g. "12:05 run so far and 15 added minutes are lost…".</summary>
    public string DescribeReset(DateTimeOffset now)
    {
        var added = PlannedMinutes - StandardMinutes;
        var lost = added > 0 ? $"{Clock(ElapsedAt(now))} run so far and {added} added minutes are lost" : $"{Clock(ElapsedAt(now))} run so far is lost";
        return $"The timer goes back to {StandardMinutes} minutes, not started: {lost}. This cannot be undone.";
    }

    /// <summary>What the timer shows, e.g. "Running · 12:05 of 1:30:00 · 1:17:55 left" or "Over time by 4:10".</summary>
    public string Describe(DateTimeOffset now)
    {
        var elapsed = ElapsedAt(now);
        var overtime = OvertimeAt(now);
        var where = overtime > TimeSpan.Zero ? $"over time by {Clock(overtime)}" : $"{Clock(RemainingAt(now))} left";
        return State switch
        {
            CallTimerState.NotStarted => $"Not started · {PlannedMinutes} minutes planned",
            CallTimerState.Running => $"Running · {Clock(elapsed)} of {Clock(Planned)} · {where}",
            _ => $"Paused · {Clock(elapsed)} of {Clock(Planned)} · {where}",
        };
    }

    /// <summary>The presenter's timer in words: its state ("Over time" once past the plan), the big figure, and what it counts.</summary>
    public (string State, string Figure, string Detail) Headline(DateTimeOffset now)
    {
        var overtime = OvertimeAt(now);
        var of = $"{Clock(ElapsedAt(now))} of {Clock(Planned)} used";
        return State switch
        {
            CallTimerState.NotStarted => ("Not started", Clock(Planned), $"{PlannedMinutes} minutes planned"),
            _ when overtime > TimeSpan.Zero => (State == CallTimerState.Paused ? "Over time, paused" : "Over time", $"+{Clock(overtime)}", $"over the plan · {of}"),
            CallTimerState.Running => ("Running", Clock(RemainingAt(now)), $"left · {of}"),
            _ => ("Paused", Clock(RemainingAt(now)), $"left · {of}"),
        };
    }

    /// <summary>"4:05" under an hour, "1:04:05" from an hour on.</summary>
    public static string Clock(TimeSpan span)
    {
        var whole = TimeSpan.FromSeconds(Math.Floor(span.TotalSeconds));
        return whole.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)whole.TotalHours}:{whole.Minutes:00}:{whole.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{whole.Minutes}:{whole.Seconds:00}");
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
