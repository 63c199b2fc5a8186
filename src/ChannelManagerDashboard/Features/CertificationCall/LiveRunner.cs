using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>
/// Runs a test live for everyone on the call. The run has its own services and lives as long as the app, not the page
/// that started it: closing that tab does not cancel what the others are watching.
/// </summary>
public sealed class LiveRunner(IServiceScopeFactory scopes, LiveRuns runs, ProjectPageRefresh pageRefresh, IHostApplicationLifetime lifetime, ILogger<LiveRunner> log)
{
    public async Task<Result> RunAsync(int projectId, int connectionId, string testId, string who)
    {
        if (HarnessTests.Find(testId) is null)
            return Result.Invalid("Test", $"{testId} is not one the dashboard can run live; run it the way its row says.");
        if (!runs.TryStart(projectId, testId, who))
            return Result.Conflict($"{testId} is already running (started by {runs.RunningBy(projectId, testId) ?? "someone"}). Its result shows here when it ends.");
        try
        {
            pageRefresh.Raise(projectId);
            log.LogInformation("Live run of {TestId} in project {ProjectId} started by {Who}", testId, projectId, who);
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<PlayMewsService>()
                .RunAsync(projectId, connectionId, [testId], Secret.Empty, who, null, lifetime.ApplicationStopping);
            if (run.Value is not [var result])
                return run;
            var outcome = result.Blocked is { } blocked ? $"{testId} could not run: {blocked}"
                : result.Passed ? $"{testId} passed."
                : $"{testId} failed: {string.Join(" ", result.Reasons)}";
            return (result.Passed ? Result.Ok(outcome) : Result.Failed(Result.Whole, outcome)) with { Warnings = run.Warnings };
        }
        finally
        {
            runs.Finish(projectId, testId);
            pageRefresh.Raise(projectId);
        }
    }
}
