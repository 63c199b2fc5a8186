using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 15, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_timer_plans_90_minutes_and_has_not_started()
    {
        var timer = CallTimer.New;

        Assert.Equal(CallTimerState.NotStarted, timer.State);
        Assert.Equal(TimeSpan.FromMinutes(90), timer.RemainingAt(Start));
        Assert.Equal("Not started · 90 minutes planned", timer.Describe(Start));
    }

    [Fact]
    public void Running_time_counts_from_the_start_and_a_pause_keeps_it()
    {
        var running = CallTimer.New.Start(Start);
        Assert.Equal(TimeSpan.FromMinutes(25), running.ElapsedAt(Start.AddMinutes(25)));

        var paused = running.Pause(Start.AddMinutes(25));
        Assert.Equal(CallTimerState.Paused, paused.State);
        Assert.Equal(TimeSpan.FromMinutes(25), paused.ElapsedAt(Start.AddHours(3)));

        var resumed = paused.Start(Start.AddMinutes(40));
        Assert.Equal(TimeSpan.FromMinutes(35), resumed.ElapsedAt(Start.AddMinutes(50)));
        Assert.Equal(TimeSpan.FromMinutes(55), resumed.RemainingAt(Start.AddMinutes(50)));
        Assert.Equal("Running · 35:00 of 1:30:00 · 55:00 left", resumed.Describe(Start.AddMinutes(50)));
    }

    [Fact]
    public void Starting_a_running_timer_or_pausing_a_paused_one_changes_nothing()
    {
        var running = CallTimer.New.Start(Start);

        Assert.Same(running, running.Start(Start.AddMinutes(5)));
        var paused = running.Pause(Start.AddMinutes(5));
        Assert.Same(paused, paused.Pause(Start.AddMinutes(9)));
    }

    [Fact]
    public void Past_the_plan_the_timer_counts_overtime_and_an_extension_moves_the_end()
    {
        var running = CallTimer.New.Start(Start);
        var late = Start.AddMinutes(95).AddSeconds(30);

        Assert.Equal(TimeSpan.Zero, running.RemainingAt(late));
        Assert.Equal(TimeSpan.FromSeconds(330), running.OvertimeAt(late));
        Assert.Equal("Running · 1:35:30 of 1:30:00 · over time by 5:30", running.Describe(late));

        var extended = running.Extend(15).Value;
        Assert.Equal(105, extended!.PlannedMinutes);
        Assert.Equal(TimeSpan.FromSeconds(570), extended.RemainingAt(late));
        Assert.Equal(TimeSpan.Zero, extended.OvertimeAt(late));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(CallTimer.LongestMinutes)]
    public void An_extension_must_be_positive_and_keep_the_call_under_the_longest_plan(int minutes)
    {
        var extended = CallTimer.New.Extend(minutes);

        Assert.Equal(ResultKind.Invalid, extended.Kind);
        Assert.Null(extended.Value);
        Assert.NotEmpty(extended.Errors["Extend"]);
    }

    [Fact]
    public void An_extension_up_to_the_room_left_is_taken_and_one_minute_more_is_refused_with_the_room()
    {
        Assert.Equal(390, CallTimer.New.RoomMinutes);
        Assert.Equal(CallTimer.LongestMinutes, CallTimer.New.Extend(390).Value!.PlannedMinutes);
        Assert.Contains("Add at most 390", CallTimer.New.Extend(391).Message);
    }

    [Fact]
    public void A_clock_that_went_back_adds_no_time_and_takes_none_away()
    {
        var timer = new CallTimer(90, TimeSpan.FromMinutes(10), Start);

        Assert.Equal(TimeSpan.FromMinutes(10), timer.ElapsedAt(Start.AddMinutes(-3)));
    }

    [Theory]
    [InlineData(59, "0:59")]
    [InlineData(61, "1:01")]
    [InlineData(3599.9, "59:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(5425, "1:30:25")]
    public void The_clock_shows_minutes_and_seconds_and_hours_from_the_first_hour(double seconds, string shown) =>
        Assert.Equal(shown, CallTimer.Clock(TimeSpan.FromSeconds(seconds)));
}
