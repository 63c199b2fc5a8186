using Bunit;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

/// <summary>The presenter view's parts: a timer whose state is a word and a symbol, the test on screen, its newest exchange.</summary>
public sealed class PresenterViewTests : ComponentTest
{
    private static ExchangeEvidence Exchange(string label, int? status, long latencyMs, params string[] reasons) =>
        new(label, "https://cm.example.com/mews/updateAvailability?token=C90C…B43", FixedClock.At2026().Now, """{"clientToken":"B19F…F29"}""", 26, status,
            """{"success":true}""", latencyMs, "success true", reasons, [], false, ReplayTokens.None);

    private static CallRow Row(TestStatus status) => new(new TestRow(TestCatalog.Find("INV-01")!, status, "", "", null), null, null, null);

    [Fact]
    public void The_timer_shows_the_time_left_large_with_its_state_in_words()
    {
        var timer = Render<PresenterTimer>(p => p.Add(x => x.Timer, CallTimer.New.Start(Clock.Now.AddMinutes(-12))));

        Assert.Equal("▶ Running", timer.Find("#timer-state").TextContent.Trim());
        Assert.Equal("1:18:00", timer.Find("#timer-figure").TextContent);
        Assert.Equal("left · 12:00 of 1:30:00 used", timer.Find(".timer-detail").TextContent);
        Assert.Equal("false", timer.Find("#call-timer").GetAttribute("data-overtime"));
    }

    [Fact]
    public void Over_time_is_marked_by_a_word_a_symbol_and_a_double_frame_not_by_colour_alone()
    {
        var timer = Render<PresenterTimer>(p => p.Add(x => x.Timer, CallTimer.New.Start(Clock.Now.AddMinutes(-95))));

        Assert.Equal("⚠ Over time", timer.Find("#timer-state").TextContent.Trim());
        Assert.Equal("+5:00", timer.Find("#timer-figure").TextContent);
        Assert.Equal("true", timer.Find("#call-timer").GetAttribute("data-overtime"));
        Assert.Contains("overtime", timer.Find("#call-timer").ClassList);
    }

    [Fact]
    public void A_timer_not_started_or_paused_says_so_in_words_and_a_pause_over_the_plan_says_both()
    {
        Assert.Equal(("Not started", "1:30:00", "90 minutes planned"), CallTimer.New.Headline(Clock.Now));
        Assert.Equal(("Paused", "1:20:00", "left · 10:00 of 1:30:00 used"), CallTimer.New.Start(Clock.Now.AddMinutes(-10)).Pause(Clock.Now).Headline(Clock.Now));
        Assert.Equal(("Over time, paused", "+10:00", "over the plan · 1:40:00 of 1:30:00 used"),
            CallTimer.New.Start(Clock.Now.AddMinutes(-100)).Pause(Clock.Now).Headline(Clock.Now.AddHours(1)));
    }

    [Fact]
    public void The_test_on_screen_shows_its_id_title_scenario_and_the_newest_exchange_sent_answered_and_judged()
    {
        var run = new HarnessVerdict("INV-01", Clock.Now, ["success false"], [], [], 120, 52,
            [Exchange("availability 1", 200, 40), Exchange("availability 2", 500, 80, "Expected success true")]);

        var view = Render<PresenterTest>(p => p.Add(x => x.Row, Row(TestStatus.Failed)).Add(x => x.Run, run));

        var inv01 = TestCatalog.Find("INV-01")!;
        Assert.Equal($"INV-01 {inv01.Name}", view.Find("#evidence-title").TextContent.Trim());
        Assert.Contains(inv01.Scenario, view.Find("#presenter-scenario").TextContent);
        Assert.Contains("failed · 1 of 2 exchanges passed", view.Find("#evidence-run").TextContent);
        var facts = view.FindAll("#newest-exchange dd").Select(d => d.TextContent).ToList();
        Assert.Contains("availability 2 (exchange 2 of 2)", facts[0]);
        Assert.Contains("https://cm.example.com/mews/updateAvailability?token=", facts[0]);
        Assert.Equal("HTTP 500 after 80 ms", facts[1]);
        Assert.Equal("✗ failed", view.Find("#newest-verdict").TextContent);
        Assert.Contains("Expected success true", facts[2]);
        // Screen sharing shows no body and no token, not even masked.
        Assert.DoesNotContain("B19F", view.Markup);
        Assert.DoesNotContain("C90C", view.Markup);
        Assert.DoesNotContain("success\":true", view.Markup);
    }

    [Fact]
    public void Before_a_test_is_picked_the_view_says_how_to_put_one_on_screen()
    {
        var view = Render<PresenterTest>();

        Assert.Equal("No test on screen yet", view.Find("#evidence-title").TextContent);
        Assert.Empty(view.FindAll("#newest-exchange"));
    }
}
