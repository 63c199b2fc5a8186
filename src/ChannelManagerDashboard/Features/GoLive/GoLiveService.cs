using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.Reservations;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>The go-live checklist after a pass, and what says re-certification is due: the pilot window, the change log, deprecated fields.</summary>
public sealed class GoLiveService(IDbContextFactory<DashboardDbContext> dbFactory, TokenProtector protector, TimeProvider clock, ILogger<GoLiveService> log)
{
    public const int MaxChangeLength = 4000;

    /// <returns>Null when the project does not exist.</returns>
    public async Task<GoLiveView?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var plan = await db.GoLivePlans.AsNoTracking().FirstOrDefaultAsync(g => g.ProjectId == projectId)
            ?? new GoLivePlan { ProjectId = projectId, PilotPropertyName = project.PilotPropertyName };
        var latest = await db.LatestOutcomeAsync(projectId);
        var passedOn = latest is { Verdict: CallVerdict.Passed } ? latest.Date : (DateOnly?)null;
        var changes = await db.ChangeLog.AsNoTracking().Where(c => c.ProjectId == projectId).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync();
        var window = new PilotWindow(passedOn, plan.PilotStart, plan.PilotEnd, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return new GoLiveView(project, plan, plan.ClientTokenHint, passedOn, window,
            GoLiveRules.Checklist(plan, project.Endpoints, plan.ProtectedClientToken.Length > 0), changes, await DeprecatedAsync(db, projectId));
    }

    /// <summary>
    /// Saves the go-live form as typed, so nothing is lost; the checklist then says what is still missing. Fields are
    /// merged one by one against <paramref name="baseline"/> (what the form showed): a field someone else changed
    /// differently meanwhile refuses the save instead of being written over. A token that cannot be one is refused,
    /// and then the rest is still saved.
    /// </summary>
    /// <returns>What is stored now (after a conflict: theirs), which the form's next save is judged against.</returns>
    public async Task<Result<GoLiveInput>> SavePlanAsync(int projectId, GoLiveInput input, GoLiveInput baseline, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId).As<GoLiveInput>();
        var plan = await db.GoLivePlans.FirstOrDefaultAsync(g => g.ProjectId == projectId);
        if (plan is null)
        {
            plan = new GoLivePlan { ProjectId = projectId };
            db.GoLivePlans.Add(plan);
        }
        var merged = GoLiveInput.From(plan);
        var (conflicts, _) = FieldMerge.Merge(GoLiveInput.Fields, input, baseline, merged);
        if (conflicts.Count > 0)
            return Result.ConflictOver(conflicts).As<GoLiveInput>() with { Value = GoLiveInput.From(plan) };
        plan.ProductionEndpoints.SetFrom(merged.ProductionEndpoints);
        plan.PilotPropertyName = TextCut.Shorten(merged.PilotPropertyName.Trim(), 200);
        plan.PilotStart = merged.PilotStart is { } start ? DateOnly.FromDateTime(start) : null;
        plan.PilotEnd = merged.PilotEnd is { } end ? DateOnly.FromDateTime(end) : null;
        var tokenCheck = Result.Ok();
        if (input.ClientToken.Trim() is { Length: > 0 } typed)
        {
            var token = new Secret(typed);
            tokenCheck = GoLiveRules.CheckToken(token, await DemoTokenAsync(db, projectId));
            if (tokenCheck.Succeeded)
            {
                plan.ProtectedClientToken = protector.Protect(token);
                plan.ClientTokenHint = token.Mask;
            }
        }
        plan.UpdatedBy = who;
        plan.UpdatedAt = clock.GetUtcNow();
        if (await db.TrySaveAsync(log, $"the go-live checklist of project {projectId}", who) is { Succeeded: false } failure)
            return failure.As<GoLiveInput>();
        log.LogInformation("Saved the go-live checklist of project {ProjectId}", projectId);
        var stored = GoLiveInput.From(plan);
        return tokenCheck.Succeeded ? Result.Of(stored)
            : tokenCheck.As<GoLiveInput>() with { Value = stored, Notices = ["The rest of the checklist was saved."] };
    }

    public async Task<Result> AddChangeAsync(int projectId, DateOnly date, string change, string who)
    {
        if (string.IsNullOrWhiteSpace(change))
            return Result.Invalid("Change", "Describe the feature you added or changed.");
        if (change.Length > MaxChangeLength)
            return Result.Invalid("Change", $"Keep it under {MaxChangeLength:N0} characters; link to a longer description instead.");
        await using var db = await dbFactory.CreateDbContextAsync();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId))
            return Result.ProjectMissing(projectId);
        db.ChangeLog.Add(new ChangeLogEntry { ProjectId = projectId, Date = date, Change = change.Trim(), RecordedBy = who, RecordedAt = clock.GetUtcNow() });
        return await db.TrySaveAsync(log, $"a change log entry of project {projectId}", who);
    }

    /// <summary>The team's answer to "does this need re-certification?".</summary>
    public async Task<Result> AnswerAsync(int projectId, int entryId, RecertificationAnswer answer, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var entry = await db.ChangeLog.FirstOrDefaultAsync(c => c.Id == entryId && c.ProjectId == projectId);
        if (entry is null)
            return Result.Missing("Change", "That change log entry no longer exists; someone may have removed it. Reload the page.");
        entry.Answer = answer;
        entry.RecordedBy = who;
        entry.RecordedAt = clock.GetUtcNow();
        return await db.TrySaveAsync(log, $"the answer to a change of project {projectId}", who);
    }

    private async Task<Secret?> DemoTokenAsync(DashboardDbContext db, int projectId) =>
        await db.ProtectedClientTokenAsync(projectId, MewsEnvironment.Demo) is { Length: > 0 } stored ? protector.Unprotect(stored) : null;

    /// <summary>Deprecated fields in what the channel manager sent or answered in each test's newest run of the current round.</summary>
    private static async Task<IReadOnlyList<DeprecationFinding>> DeprecatedAsync(DashboardDbContext db, int projectId)
    {
        var newest = (await CurrentRound.NewestRunsAsync(db, projectId)).Values.ToList();
        var findings = new List<DeprecationFinding>();
        foreach (var result in await db.VerdictsOfAsync(newest))
        {
            var seen = result.Evidence.SelectMany(e => e.Label == ReservationEvidence.ProcessGroupLabel
                ? CmDeprecations.In(e.RequestBody, DeprecationSide.CmRequest)
                : e.Url.Length > 0 ? CmDeprecations.In(e.ResponseBody, DeprecationSide.CmAnswer) : []);
            findings.AddRange(seen.Distinct().Select(d => new DeprecationFinding(d, result.TestId, result.StartedAt)));
        }
        return findings.OrderBy(f => f.TestId, StringComparer.Ordinal).ToList();
    }
}
