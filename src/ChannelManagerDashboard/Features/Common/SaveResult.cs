namespace ChannelManagerDashboard.Features.Common;

/// <summary>The outcome of a save: the errors by field when nothing was saved, and notices about side effects.</summary>
public sealed record SaveResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> Notices)
{
    /// <summary>The error key used when someone else saved first.</summary>
    public const string ConflictField = "Conflict";

    public static SaveResult Ok(params string[] notices) => new(new Dictionary<string, string>(), notices);

    public static SaveResult Invalid(IReadOnlyDictionary<string, string> errors) => new(errors, []);

    public static SaveResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static string ProjectMissingMessage(int projectId) => $"Project {projectId} no longer exists. Go back to the project list.";

    /// <summary>The project was deleted or the link is wrong; <paramref name="field"/> is where the page shows it.</summary>
    public static SaveResult ProjectMissing(int projectId, string field) => Invalid(field, ProjectMissingMessage(projectId));

    /// <summary>Someone else saved <paramref name="what"/> differently since the page loaded; nothing was saved.</summary>
    public static SaveResult Conflict(IEnumerable<string> what) => Invalid(ConflictField,
        $"Someone else changed {string.Join(", ", what)} since you opened the page, so nothing was saved. Save again to " +
        "replace their version with yours, or reload the page to see theirs (your unsaved entries are then lost).");

    public bool Succeeded => Errors.Count == 0;
}
