using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class RunProgressTests
{
    [Fact]
    public void The_bar_follows_the_whole_run_not_the_test_that_is_running()
    {
        var run = new RunProgress(["INV-01", "INV-02", "INV-03", "INV-04"], FixedClock.At2026());

        run.Report(new HarnessProgress("INV-01", 5, 5));

        Assert.Equal(25, run.Percent);
        Assert.Equal("0 of 4 tests finished. Running INV-01 (test 1) for 0 s: 5 of 5 messages answered", run.Describe());

        run.Report(new HarnessProgress("INV-02", 0, 10));
        run.Report(new HarnessProgress("INV-02", 5, 10));

        Assert.Equal(37.5, run.Percent);
        Assert.Equal(1, run.TestsDone);
        Assert.Equal("1 of 4 tests finished. Running INV-02 (test 2) for 0 s: 5 of 10 messages answered", run.Describe());
    }

    [Fact]
    public void A_report_asks_for_a_new_picture_only_when_a_whole_percent_or_the_test_changes()
    {
        var run = new RunProgress(["INV-06"], FixedClock.At2026());

        Assert.True(run.Report(new HarnessProgress("INV-06", 0, 1000)));
        Assert.False(run.Report(new HarnessProgress("INV-06", 5, 1000)));
        Assert.True(run.Report(new HarnessProgress("INV-06", 10, 1000)));
        Assert.True(run.Report(new HarnessProgress("INV-06", 1000, 1000)));
        Assert.Equal(100, run.Percent);
    }

    [Fact]
    public void Before_the_first_report_it_says_how_many_tests_will_run()
    {
        var run = new RunProgress(["ERR-02", "ERR-03"], FixedClock.At2026());

        Assert.Equal("Starting: 2 tests", run.Describe());
        Assert.Equal(0, run.Percent);
    }

    [Fact]
    public void The_running_test_counts_its_seconds_from_its_own_start()
    {
        var clock = FixedClock.At2026();
        var run = new RunProgress(["ERR-02", "ERR-03"], clock);

        run.Report(new HarnessProgress("ERR-02", 0, 1));
        clock.Now += TimeSpan.FromSeconds(12);

        Assert.Equal("ERR-02", run.Running);
        Assert.Equal("0 of 2 tests finished. Running ERR-02 (test 1) for 12 s: 0 of 1 message answered", run.Describe());

        run.Report(new HarnessProgress("ERR-03", 0, 1));
        clock.Now += TimeSpan.FromSeconds(3);

        Assert.Equal("ERR-03", run.Running);
        Assert.Equal(3, run.Seconds);
        Assert.Equal(1, run.TestsDone);
    }
}
