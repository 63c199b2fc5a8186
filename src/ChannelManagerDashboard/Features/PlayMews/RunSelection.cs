namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The test whose runs a page shows in its run details: its history and the one run picked from it.</summary>
public sealed class RunSelection(PlayMewsService playMews)
{
    public string? TestId { get; private set; }

    public int? RunId { get; private set; }

    public HarnessVerdict? Verdict { get; private set; }

    public IReadOnlyList<HarnessRunSummary> History { get; private set; } = [];

    /// <param name="runId">The run to show; null for the test's newest.</param>
    public async Task SelectAsync(int projectId, string testId, int? runId)
    {
        TestId = testId;
        History = await playMews.HistoryAsync(projectId, testId);
        RunId = runId ?? History.FirstOrDefault()?.Id;
        Verdict = RunId is { } id ? await playMews.VerdictAsync(projectId, id) : null;
    }
}
