using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Mapping;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What the Play Mews page shows for a project and one of its connections.</summary>
/// <param name="Problem">Why the push tests cannot run yet (no connection, no configuration), with what to do.</param>
/// <param name="Latest">Each test's newest run.</param>
/// <param name="Confirmed">Tests the tracker holds as final passes: a person confirmed the half they check (or recorded the pass).</param>
public sealed record PlayMewsView(
    CertificationProject Project,
    IReadOnlyList<MappingConnection> Connections,
    MappingConnection? Connection,
    IReadOnlyList<Combination> Combinations,
    string? Problem,
    IReadOnlyDictionary<string, HarnessRunSummary> Latest,
    IReadOnlyList<SystemErrorSample> SystemErrorSamples,
    (int Runs, long Bytes) Kept,
    IReadOnlySet<string> Confirmed)
{
    /// <summary>Every test, with the optional change notification only when its endpoint is set.</summary>
    public IReadOnlyList<string> RunnableTests =>
        HarnessTests.All.Where(t => t.Id != HarnessTests.ChangeNotification || Project.Endpoints.ChangeNotification.Length > 0).Select(t => t.Id).ToList();

    /// <summary>The tests whose newest run did not pass.</summary>
    public IReadOnlyList<string> FailedTests => HarnessTests.All.Where(t => HasFailed(t.Id)).Select(t => t.Id).ToList();

    public bool HasFailed(string testId) => Latest.GetValueOrDefault(testId) is { Passed: false };

    /// <summary>The newest run passed automatically and the half a person checks is still open.</summary>
    public bool NeedsCheck(string testId) =>
        Latest.GetValueOrDefault(testId) is { Passed: true } && HarnessTests.Find(testId)?.HumanCheck is { Length: > 0 } && !Confirmed.Contains(testId);

    /// <summary>The run is the test's newest and a person confirmed the half they check after it.</summary>
    public bool ConfirmedRun(string testId, int? runId) => Confirmed.Contains(testId) && runId is not null && Latest.GetValueOrDefault(testId)?.Id == runId;
}
