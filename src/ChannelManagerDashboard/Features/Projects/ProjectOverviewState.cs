using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.Projects;

/// <summary>What the project overview shows and saves: the progress, the test rows and the details form with its baseline.</summary>
public sealed class ProjectOverviewState(ProjectService projects, PreparationService preparation, TestTrackerService tracker, int projectId)
{
    public int ProjectId => projectId;
    public PreparationState? Progress { get; private set; }
    public IReadOnlyList<TestRow>? Rows { get; private set; }
    public ProjectInput Input { get; } = new();

    /// <summary>The stored details the form was last rebased on: what a save replaces.</summary>
    public ProjectInput Saved { get; private set; } = new();
    public IReadOnlyDictionary<string, string>? Errors { get; private set; }
    public IReadOnlyList<FieldConflict> Conflicts { get; private set; } = [];
    public bool Loaded { get; private set; }

    public bool HasChanges => !Input.IsSameAs(Saved);

    /// <summary>Loads the project; fields the user has not touched show the stored values, touched ones keep what was typed.</summary>
    public async Task LoadAsync()
    {
        Progress = await preparation.LoadAsync(projectId);
        Loaded = true;
        if (Progress is null)
            return;
        Rows = await tracker.ListAsync(projectId);
        FieldMerge.Rebase(ProjectInput.Fields, Input, Saved, ProjectInput.From(Progress.Project));
        // The kind is not editable, so it is not among the merged fields; the form shows the fields of this kind only.
        Input.Kind = Saved.Kind = Progress.Project.Kind;
    }

    /// <returns>The save's result; on a conflict the form already shows the other person's version beside the user's.</returns>
    public async Task<Result> SaveAsync(string who)
    {
        var sent = Input.Copy();
        var result = await projects.UpdateAsync(projectId, sent, Saved, who);
        Errors = result.Errors;
        Conflicts = [];
        if (result.Kind == ResultKind.Conflict && await projects.GetAsync(projectId) is { } stored)
        {
            // Untouched fields show the other person's values; their version becomes the baseline, so saving again
            // replaces only what the user changed, knowingly.
            var theirs = ProjectInput.From(stored);
            Conflicts = FieldConflict.Between(ProjectInput.Fields, Input, Saved, theirs);
            FieldMerge.Rebase(ProjectInput.Fields, Input, Saved, theirs);
            Saved = theirs;
            return result;
        }
        if (!result.Succeeded)
            return result;
        // What was sent is stored: it becomes the baseline; fields typed over during the save stay unsaved.
        Saved = sent;
        await LoadAsync();
        return result;
    }

    public async Task<Result> SetArchivedAsync(bool archived, string who)
    {
        var result = await projects.SetArchivedAsync(projectId, archived, who);
        await LoadAsync();
        return result;
    }
}
