using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class RunProgressTests
{
    [Fact]
    public void The_bar_follows_the_whole_run_not_the_test_that_is_running()
    {
        var run = new RunProgress(["INV-01", "INV-02", "INV-03", "INV-04"]);

        run.Report(new HarnessProgress("INV-01", 5, 5));

        Assert.Equal(25, run.Percent);
        Assert.Equal("Test 1 of 4 (INV-01): 5 of 5 messages answered", run.Describe());

        run.Report(new HarnessProgress("INV-02", 0, 10));
        run.Report(new HarnessProgress("INV-02", 5, 10));

        Assert.Equal(37.5, run.Percent);
        Assert.Equal(1, run.TestsDone);
        Assert.Equal("Test 2 of 4 (INV-02): 5 of 10 messages answered", run.Describe());
    }

    [Fact]
    public void A_report_asks_for_a_new_picture_only_when_a_whole_percent_or_the_test_changes()
    {
        var run = new RunProgress(["INV-06"]);

        Assert.True(run.Report(new HarnessProgress("INV-06", 0, 1000)));
        Assert.False(run.Report(new HarnessProgress("INV-06", 5, 1000)));
        Assert.True(run.Report(new HarnessProgress("INV-06", 10, 1000)));
        Assert.True(run.Report(new HarnessProgress("INV-06", 1000, 1000)));
        Assert.Equal(100, run.Percent);
    }

    [Fact]
    public void Before_the_first_report_it_says_how_many_tests_will_run()
    {
        var run = new RunProgress(["ERR-02", "ERR-03"]);

        Assert.Equal("Starting: 2 tests", run.Describe());
        Assert.Equal(0, run.Percent);
    }
}
