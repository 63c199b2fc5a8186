using System.Collections.Concurrent;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>The live runs in progress in this app instance, so every browser on the call sees one start and none starts twice.</summary>
public sealed class LiveRuns
{
    private readonly ConcurrentDictionary<(int ProjectId, string TestId), string> running = new();

    /// <returns>False when the test is already running in that project.</returns>
    public bool TryStart(int projectId, string testId, string who) => running.TryAdd((projectId, testId), who);

    public void Finish(int projectId, string testId) => running.TryRemove((projectId, testId), out _);

    /// <returns>Who started the test's run, or null when it is not running.</returns>
    public string? RunningBy(int projectId, string testId) => running.GetValueOrDefault((projectId, testId));
}
