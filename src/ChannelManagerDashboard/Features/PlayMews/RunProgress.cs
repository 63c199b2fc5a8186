using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// How far a whole run has got: tests finished of all, which test is running and for how long, and its messages
/// answered of its total. The bar follows the run, not one test, so a run of twelve tests does not sit at 100 % after
/// the first; the running test's seconds show that a slow answer is being waited for, not forgotten.
/// </summary>
public sealed class RunProgress(IReadOnlyList<string> testIds, TimeProvider clock)
{
    private int current = -1;

    public HarnessProgress? Test { get; private set; }

    /// <summary>When the running test started; null before the first report.</summary>
    public DateTimeOffset? TestStartedAt { get; private set; }

    public int TestsDone => Math.Max(current, 0);

    public int TestCount => testIds.Count;

    /// <summary>The test running now; null before the first report.</summary>
    public string? Running => Test?.TestId;

    /// <summary>Whole seconds the running test has run.</summary>
    public int Seconds => TestStartedAt is { } started ? (int)Math.Max(0, (clock.GetUtcNow() - started).TotalSeconds) : 0;

    public double Percent => TestCount == 0 ? 0
        : Math.Min(100, (TestsDone + (Test is { Total: > 0 } t ? (double)t.Answered / t.Total : 0)) * 100 / TestCount);

    /// <returns>Whether the picture changed enough to draw again (a whole percent, or the next test).</returns>
    public bool Report(HarnessProgress progress)
    {
        var index = IndexOf(progress.TestId);
        var before = (current, (int)Percent);
        if (index != current || Test?.TestId != progress.TestId)
            TestStartedAt = clock.GetUtcNow();
        current = Math.Max(current, index);
        Test = progress;
        return before != (current, (int)Percent) || progress.Answered == progress.Total;
    }

    public string Describe() =>
        Test is not { } test ? $"Starting: {Counted.Of(TestCount, "test")}"
        : $"{TestsDone} of {Counted.Of(TestCount, "test")} finished. Running {test.TestId} (test {TestsDone + 1}) for {Seconds} s: {test.Answered} of {Counted.Of(test.Total, "message")} answered";

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
