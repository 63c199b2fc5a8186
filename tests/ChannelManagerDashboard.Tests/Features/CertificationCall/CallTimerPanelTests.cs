using Bunit;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallTimerPanelTests : ComponentTest
{
    private IRenderedComponent<CallTimerPanel> Panel(List<(TimerAction, int)> asked, CallTimer? timer = null) =>
        Render<CallTimerPanel>(p => p.Add(x => x.Timer, timer ?? CallTimer.New).Add(x => x.Controls, true).Add(x => x.Interactive, true)
            .Add(x => x.OnChange, change => asked.Add(change)));

    [Fact]
    public void Minutes_past_the_8_hour_cap_are_refused_next_to_the_field_with_the_cap_and_the_room_left()
    {
        var asked = new List<(TimerAction, int)>();
        var panel = Panel(asked);

        panel.Find("#timer-extend-minutes").Change("600");
        panel.Find("#timer-extend").Click();

        var message = panel.Find(".timer-minutes .mud-input-helper-text.mud-input-error").TextContent;
        Assert.Contains("Not extended: 600 more would make 690 minutes, over the 8-hour cap (480 minutes). Add at most 390.", message);
        Assert.Empty(asked);
        // The typed minutes stay for fixing; the field does not clamp them silently.
        Assert.Equal("600", panel.Find("#timer-extend-minutes").GetAttribute("value"));
    }

    [Fact]
    public void A_full_plan_says_no_room_is_left_and_the_helper_shows_the_room_before_trying()
    {
        var asked = new List<(TimerAction, int)>();
        var panel = Panel(asked, CallTimer.New with { PlannedMinutes = CallTimer.LongestMinutes });
        Assert.Contains("Up to 0 more minutes", panel.Find(".timer-minutes").TextContent);

        panel.Find("#timer-extend").Click();

        Assert.Contains("already the most this timer plans (8 hours, 480 minutes)", panel.Find(".timer-minutes").TextContent);
        Assert.Empty(asked);
    }

    [Fact]
    public void Minutes_within_the_room_extend_the_call_and_clear_an_earlier_message()
    {
        var asked = new List<(TimerAction, int)>();
        var panel = Panel(asked);
        panel.Find("#timer-extend-minutes").Change("600");
        panel.Find("#timer-extend").Click();

        panel.Find("#timer-extend-minutes").Change("390");
        panel.Find("#timer-extend").Click();

        Assert.Equal([(TimerAction.Extend, 390)], asked);
        Assert.Empty(panel.FindAll(".timer-minutes .mud-input-error"));
    }

    [Fact]
    public async Task Reset_asks_first_saying_what_run_time_it_loses_and_cancelling_changes_nothing()
    {
        var asked = new List<(TimerAction, int)>();
        var paused = new CallTimer(105, TimeSpan.FromMinutes(12), null);
        var panel = RenderWithProviders<CallTimerPanel>(p => p.Add(x => x.Timer, paused).Add(x => x.Controls, true).Add(x => x.Interactive, true)
            .Add(x => x.OnChange, change => asked.Add(change)));

        panel.Find("#timer-reset").Click();
        await Dialogs.WaitForAssertionAsync(() => Assert.Contains(
            "The timer goes back to 90 minutes, not started: 12:00 run so far and 15 added minutes are lost.", Dialogs.Markup));
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        await Dialogs.WaitForAssertionAsync(() => Assert.DoesNotContain("Reset the call timer?", Dialogs.Markup));
        Assert.Empty(asked);

        panel.Find("#timer-reset").Click();
        await Dialogs.WaitForAssertionAsync(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Reset the timer").Click());
        await panel.WaitForAssertionAsync(() => Assert.Equal([(TimerAction.Reset, 0)], asked));
    }
}
