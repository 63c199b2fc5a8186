namespace ChannelManagerDashboard.Features.Common;

/// <summary>The outcome of a save: the errors by field when nothing was saved, and notices about side effects.</summary>
public sealed record SaveResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> Notices)
{
    /// <summary>The error key used when someone else saved first.</summary>
    public const string ConflictField = "Conflict";

    public static SaveResult Ok(params string[] notices) => new(new Dictionary<string, string>(), notices);

    public static SaveResult Invalid(IReadOnlyDictionary<string, string> errors) => new(errors, []);

    public static SaveResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public bool Succeeded => Errors.Count == 0;
}
