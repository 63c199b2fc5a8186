using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The nine preparation steps: what each shows, saving one, and ticking or reopening the ones the dashboard checks by itself.</summary>
public sealed class PreparationService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TimeProvider clock,
    ILogger<PreparationService> log)
{
    /// <summary>The steps the dashboard ticks by itself once their rules hold.</summary>
    private static readonly string[] AutomaticSteps = ["P2", "P4", "P5", "P6", "P7", "P8", "P9"];

    public async Task<PreparationState?> LoadAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return null;
        var progress = await db.StepProgress.AsNoTracking().Where(s => s.ProjectId == projectId).ToListAsync();
        var file = await db.CertificationFiles.AsNoTracking()
            .Where(f => f.ProjectId == projectId)
            .Select(f => new CertificationFileInfo(f.FileName, f.Size, f.UploadedBy, f.UploadedAt))
            .FirstOrDefaultAsync();
        return Build(project, progress, file, await StepFacts.LoadAsync(db, project));
    }

    /// <summary>
    /// Saves one step, field by field: what the user changed is written, what they left alone keeps the stored value.
    /// A field (or the notes) that someone else changed differently since the page loaded refuses the whole save
    /// instead of overwriting theirs. What was typed is saved even when the status change is refused, so nothing is
    /// lost. A done step whose rules no longer hold goes back to "in progress", and the result says so.
    /// </summary>
    public async Task<Result> SaveStepAsync(int projectId, StepEdit edit, string who)
    {
        var code = edit.StepCode;
        if (PreparationSteps.IndexOf(code) < 0)
            return Result.Invalid("Step", $"There is no preparation step '{code}'. The steps are P1 to P9.");
        if (TooLong(edit) is { } tooLong)
            return Result.Invalid(code, $"Nothing was saved. {tooLong}");
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        if (await StepContext.LoadAsync(db, projectId) is not (var project, var progress, var facts))
            return Result.ProjectMissing(projectId, "Project");
        var step = progress.FirstOrDefault(s => s.StepCode == code) ?? Add(db, progress, projectId, code);
        var now = clock.GetUtcNow();

        var merged = PreparationInput.From(project);
        var (fieldConflicts, written) = FieldMerge.Merge(PreparationInput.FieldsOf(code), edit.Typed, edit.Baseline, merged);
        var notesDecision = FieldMerge.Decide(edit.Notes, edit.BaselineNotes, step.Notes);
        var conflicts = notesDecision == MergeDecision.Conflict ? [.. fieldConflicts, "the notes"] : fieldConflicts;
        if (conflicts.Count > 0)
            return Result.ConflictOver(conflicts.Select(what => $"{what} of {code}"));

        if (written > 0)
        {
            merged.ApplyTo(project, code);
            project.UpdatedAt = now;
        }
        if (notesDecision == MergeDecision.Write)
            step.Notes = edit.Notes.Trim();
        Touch(step, who, now);

        var refused = edit.NewStatus is { } status ? StepRules.CheckStatusChange(code, status, step.Notes, project, merged, facts) : [];
        if (edit.NewStatus is { } accepted && refused.Count == 0)
            step.Status = accepted;
        else if (step.Status == StepStatus.NotStarted)
            step.Status = StepStatus.InProgress;

        var notices = ReopenBrokenSteps(progress, project, facts, who, now);
        if (await db.TrySaveAsync(log, $"step {code} of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        await transaction.CommitAsync();
        log.LogInformation("Saved step {StepCode} of project {ProjectId}: status {Status}, refused {RefusedCount}",
            code, projectId, step.Status, refused.Count);
        // What was just typed may complete a step the dashboard ticks by itself (P9's date, a P2 URL already probed).
        notices.AddRange((await SyncAutomaticStepsAsync(projectId, who)).Notices);

        var errors = new Dictionary<string, string>();
        if (code == "P1" && PartnerIdRule.Check(merged.PartnerId) is { } partnerError)
            errors[nameof(PreparationInput.PartnerId)] = $"{partnerError} The previous Partner ID ({project.PartnerId}) is kept until you fix it.";
        if (code == "P9" && TimeZoneRule.Check(merged.CertificationCallTimeZone) is { Succeeded: false } zoneRefused)
            errors[nameof(PreparationInput.CertificationCallTimeZone)] = zoneRefused.Message;
        // The Partner ID's own message says it all; the step's list need not repeat it.
        var stepRefusals = errors.Count > 0 ? refused.Where(r => !r.StartsWith(StepRules.FixPartnerIdPrefix, StringComparison.Ordinal)).ToList() : refused;
        if (stepRefusals.Count > 0)
            errors[code] = string.Join("\n", stepRefusals);
        if (errors.Count == 0)
            return Result.Ok([.. notices]);
        // A refused status is never a silent one: say what the step is now.
        var statusNotice = refused.Count > 0 ? $"{code} stays {Describe(step.Status)}; it is not marked {Describe(edit.NewStatus!.Value)}." : null;
        return Result.Invalid(errors) with { Notices = [.. new[] { statusNotice }.OfType<string>(), "Your other entries and notes were saved.", .. notices] };
    }

    /// <summary>Over-long notes are refused whole, never cut.</summary>
    private static string? TooLong(StepEdit edit) =>
        TextLimit.Check(edit.Notes) is { } notes ? $"Notes: {notes}"
        : edit.StepCode == "P1" && TextLimit.Check(edit.Typed.TechnicalDetails) is { } details ? $"Technical details: {details}"
        : null;

    /// <summary>
    /// Ticks the steps the dashboard checks by itself (P2, P4–P9, all but the two emails) when their rules hold, and reopens
    /// any done step whose rules no longer hold (a URL changes, a connection is removed, a new configuration adds an unmapped
    /// combination, a required test stops being passed).
    /// </summary>
    /// <returns>What changed, as notices for the user, or why it could not be saved.</returns>
    public async Task<Result> SyncAutomaticStepsAsync(int projectId, string who)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.BeginChangeAsync();
        // Saved first (the transaction keeps it with what follows), since the step rules read the probes from the database.
        var adopted = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId) is { } reached ? await RunProbes.AdoptAsync(db, reached) : 0;
        if (adopted > 0 && await db.TrySaveAsync(log, $"the endpoints Play Mews reached in project {projectId}", who) is { Succeeded: false } unsaved)
            return unsaved;
        if (await StepContext.LoadAsync(db, projectId) is not (var project, var progress, var facts))
            return Result.ProjectMissing(projectId, "Project");
        var now = clock.GetUtcNow();
        var notices = ReopenBrokenSteps(progress, project, facts, who, now);
        foreach (var code in AutomaticSteps)
        {
            var step = progress.FirstOrDefault(s => s.StepCode == code);
            if (step?.Status == StepStatus.Done || StepRules.Unmet(code, project, facts).Count > 0)
                continue;
            step ??= Add(db, progress, projectId, code);
            step.Status = StepStatus.Done;
            Touch(step, who, now);
            notices.Add($"{code} is done.");
        }
        if (notices.Count == 0 && adopted == 0)
            return Result.Ok();
        if (await db.TrySaveAsync(log, $"the automatic steps of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        await transaction.CommitAsync();
        log.LogInformation("Automatic steps of project {ProjectId}: {Changes}", projectId, string.Join(" ", notices));
        return Result.Ok([.. notices]);
    }

    public static string Describe(StepStatus status) => status switch
    {
        StepStatus.NotStarted => "not started",
        StepStatus.InProgress => "in progress",
        StepStatus.Done => "done",
        _ => "blocked",
    };

    private static PreparationState Build(CertificationProject project, IReadOnlyList<StepProgress> progress, CertificationFileInfo? file, StepFacts facts)
    {
        var steps = PreparationSteps.All.Select(step =>
        {
            var saved = progress.FirstOrDefault(p => p.StepCode == step.Code);
            return new StepView(step, saved?.Status ?? StepStatus.NotStarted, saved?.Notes ?? "", saved?.UpdatedBy ?? "", saved?.UpdatedAt);
        }).ToList();
        return new PreparationState(project, steps, file, facts);
    }

    private static List<string> ReopenBrokenSteps(List<StepProgress> progress, CertificationProject project, StepFacts facts, string who, DateTimeOffset now)
    {
        var notices = new List<string>();
        foreach (var step in progress.Where(s => s.Status == StepStatus.Done))
        {
            var unmet = StepRules.Unmet(step.StepCode, project, facts);
            if (unmet.Count == 0)
                continue;
            step.Status = StepStatus.InProgress;
            Touch(step, who, now);
            notices.Add($"{step.StepCode} went back to In progress: {string.Join(" ", unmet)}");
        }
        return notices;
    }

    private static StepProgress Add(DashboardDbContext db, List<StepProgress> progress, int projectId, string stepCode)
    {
        var step = new StepProgress { ProjectId = projectId, StepCode = stepCode };
        db.StepProgress.Add(step);
        progress.Add(step);
        return step;
    }

    private static void Touch(StepProgress step, string who, DateTimeOffset now)
    {
        step.UpdatedBy = who;
        step.UpdatedAt = now;
    }
}
