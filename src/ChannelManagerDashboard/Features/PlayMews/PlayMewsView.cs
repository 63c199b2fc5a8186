using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Mapping;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What the Play Mews page shows for a project and one of its connections.</summary>
/// <param name="Problem">Why the push tests cannot run yet (no connection, no configuration), with what to do.</param>
/// <param name="Latest">Each test's newest run.</param>
public sealed record PlayMewsView(
    CertificationProject Project,
    IReadOnlyList<MappingConnection> Connections,
    MappingConnection? Connection,
    IReadOnlyList<Combination> Combinations,
    string? Problem,
    IReadOnlyDictionary<string, HarnessRunSummary> Latest,
    IReadOnlyList<SystemErrorSample> SystemErrorSamples,
    (int Runs, long Bytes) Kept)
{
    /// <summary>Every test, with the optional change notification only when its endpoint is set.</summary>
    public IReadOnlyList<string> RunnableTests =>
        HarnessTests.All.Where(t => t.Id != HarnessTests.ChangeNotification || Project.Endpoints.ChangeNotification.Length > 0).Select(t => t.Id).ToList();

    /// <summary>The tests whose newest run did not pass.</summary>
    public IReadOnlyList<string> FailedTests => HarnessTests.All.Where(t => HasFailed(t.Id)).Select(t => t.Id).ToList();

    public bool HasFailed(string testId) => Latest.GetValueOrDefault(testId) is { Passed: false };
}
