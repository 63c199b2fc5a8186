using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// How far a whole run has got: tests done of all, and the running test's messages answered of its total. The bar
/// follows the run, not one test, so a run of twelve tests does not sit at 100 % after the first.
/// </summary>
public sealed class RunProgress(IReadOnlyList<string> testIds)
{
    private int current = -1;

    public HarnessProgress? Test { get; private set; }

    public int TestsDone => Math.Max(current, 0);

    public int TestCount => testIds.Count;

    public double Percent => TestCount == 0 ? 0
        : Math.Min(100, (TestsDone + (Test is { Total: > 0 } t ? (double)t.Answered / t.Total : 0)) * 100 / TestCount);

    /// <returns>Whether the picture changed enough to draw again (a whole percent, or the next test).</returns>
    public bool Report(HarnessProgress progress)
    {
        var index = IndexOf(progress.TestId);
        var before = (current, (int)Percent);
        current = Math.Max(current, index);
        Test = progress;
        return before != (current, (int)Percent) || progress.Answered == progress.Total;
    }

    public string Describe() =>
        Test is not { } test ? $"Starting: {Counted.Of(TestCount, "test")}"
        : $"Test {TestsDone + 1} of {TestCount} ({test.TestId}): {test.Answered} of {Counted.Of(test.Total, "message")} answered";

    private int IndexOf(string testId)
    {
        for (var i = Math.Max(current, 0); i < testIds.Count; i++)
        {
            if (testIds[i] == testId)
                return i;
        }
        return Math.Max(current, 0);
    }
}
