using System.Globalization;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Keeps every judged run (Play Mews's own, ERR-01's samples, another feature's reservation tests) and moves the tracker along.</summary>
public sealed class HarnessRunStore(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TestTrackerService tracker,
    HarnessSettings settings,
    TimeProvider clock,
    ILogger<HarnessRunStore> log)
{
    /// <summary>Short enough to read in a log line, unique enough to tell a day's runs apart.</summary>
    public static string RunId() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Checks the ERR-01 samples and keeps them as a run; warnings say what could not be kept.</summary>
    public async Task<Result> CheckSystemErrorsAsync(int projectId, IReadOnlyList<SystemErrorSample> samples, string who)
    {
        using var scope = log.BeginScope(new Dictionary<string, object> { ["ProjectId"] = projectId, ["RunId"] = RunId(), ["TestId"] = SystemErrorSheet.TestId });
        return await KeepAsync(projectId, null, SystemErrorSheet.Check(samples, clock.GetUtcNow()), who);
    }

    /// <summary>Keeps a run's verdict and moves the tracker along.</summary>
    /// <param name="humanCheck">The half of the test a person checks after an automatic pass; by default the one the test names.</param>
    /// <param name="source">What ran it, as the tracker note starts ("Reservation test RES-01 (…)").</param>
    /// <returns>Done, with a warning for each part (the run, the tracker) that could not be saved.</returns>
    public async Task<Result> KeepAsync(int projectId, int? connectionId, HarnessVerdict verdict, string who, string? humanCheck = null, string source = "Play Mews")
    {
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.HarnessRuns.Add(new HarnessRun
            {
                ProjectId = projectId,
                ConnectionId = connectionId,
                TestId = verdict.TestId,
                StartedAt = verdict.StartedAt,
                Passed = verdict.Passed,
                Blocked = verdict.Blocked is not null,
                Summary = TextCut.Shorten(verdict.Reasons.FirstOrDefault() ?? verdict.Facts.FirstOrDefault() ?? "", 4000),
                LatencyMs = verdict.LatencyMs,
                RequestBytes = verdict.RequestBytes,
                RunBy = who,
                VerdictGzip = HarnessVerdictJson.Compress(verdict),
            });
            if (await db.TrySaveAsync(log, $"the {verdict.TestId} run of project {projectId}", who) is { Succeeded: false } failure)
                return Result.Ok() with { Warnings = [$"The {verdict.TestId} run could not be kept: {failure.Message}"] };
            if (await EvidenceRetention.ApplyAsync(db, projectId, settings) is > 0 and var deleted)
                log.LogInformation("Deleted older Play Mews runs of project {ProjectId} past the retention limits: {Count}", projectId, deleted);
        }
        log.LogInformation("Play Mews {TestId} in project {ProjectId}: {Outcome} ({Pushes} pushes, {Bytes} bytes, {LatencyMs} ms)",
            verdict.TestId, projectId, verdict.Blocked is not null ? "blocked" : verdict.Passed ? "passed" : "failed", verdict.Evidence.Count, verdict.RequestBytes, verdict.LatencyMs);
        if (TestCatalog.Find(verdict.TestId) is null)
            return Result.Ok();
        var status = verdict.Blocked is not null ? TestStatus.Blocked : verdict.Passed ? TestStatus.Passed : TestStatus.Failed;
        var human = verdict.Passed ? humanCheck ?? HarnessTests.CheckAfter(verdict) : null;
        var recorded = await tracker.RecordAsync(projectId, verdict.TestId, status, TrackerNote(verdict, human, source), who, needsHumanCheck: human is not null, fromRun: true);
        return recorded.Succeeded ? Result.Ok() : Result.Ok() with { Warnings = [$"The test tracker was not updated for {verdict.TestId}: {recorded.Message}"] };
    }

    private static string TrackerNote(HarnessVerdict verdict, string? human, string source)
    {
        var when = verdict.StartedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        if (verdict.Blocked is { } blocked)
            return $"{source} {when}: could not run. {blocked}";
        if (!verdict.Passed)
            return TextCut.Shorten($"{source} {when}: failed. " + string.Join(" ", verdict.Reasons), 4000);
        var passed = verdict.Evidence.All(e => e.Url.Length == 0)
            ? $"{source} {when}: the automatic check passed ({Counted.Of(verdict.Evidence.Count, "sample")})."
            : $"{source} {when}: the automatic check passed ({Counted.Of(verdict.Evidence.Count, "message")}, {Elapsed.Format(verdict.LatencyMs)}).";
        return human is null ? passed : $"{passed} {HumanHalf.Marker}{human}";
    }
}
