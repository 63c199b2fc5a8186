using ChannelManagerDashboard.Features.GoLive;

namespace ChannelManagerDashboard.Tests.Features.GoLive;

public sealed class PilotWindowTests
{
    private static readonly DateOnly Passed = new(2026, 12, 15);

    [Fact]
    public void Without_a_pass_there_is_no_window() =>
        Assert.Equal((PilotState.NoPass, (int?)null), (new PilotWindow(null, null, null, Passed).State, new PilotWindow(null, null, null, Passed).DaysLeft));

    [Fact]
    public void The_window_is_six_months_from_the_pass_and_counts_the_days_left()
    {
        var window = new PilotWindow(Passed, null, null, new DateOnly(2027, 5, 15));

        Assert.Equal(new DateOnly(2027, 6, 15), window.Deadline);
        Assert.Equal(31, window.DaysLeft);
        Assert.Equal(PilotState.NotStarted, window.State);
        Assert.Contains("31 days left", window.Describe());
    }

    [Fact]
    public void A_pilot_that_started_is_running_and_one_that_ended_within_the_window_is_completed()
    {
        Assert.Equal(PilotState.Running, new PilotWindow(Passed, new(2027, 1, 4), new(2027, 2, 1), new(2027, 1, 20)).State);
        Assert.Equal(PilotState.Completed, new PilotWindow(Passed, new(2027, 1, 4), new(2027, 2, 1), new(2027, 9, 1)).State);
    }

    [Fact]
    public void Six_months_without_a_completed_pilot_make_re_certification_due()
    {
        var late = new PilotWindow(Passed, new(2027, 1, 4), new(2027, 7, 1), new(2027, 7, 2));

        Assert.Equal(PilotState.Overdue, late.State);
        Assert.Equal(-17, late.DaysLeft);
        Assert.Contains("re-certification is required", late.Describe());
    }

    [Fact]
    public void A_pilot_planned_to_end_after_the_window_is_flagged_while_it_runs() =>
        Assert.Contains("after the window", new PilotWindow(Passed, new(2027, 1, 4), new(2027, 8, 1), new(2027, 2, 1)).Describe());
}
