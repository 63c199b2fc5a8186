namespace ChannelManagerDashboard.Domain.Common;

/// <summary>How an operation ended.</summary>
public enum ResultKind
{
    Done,

    /// <summary>Nothing needed doing: what was asked for is already so.</summary>
    Unchanged,

    /// <summary>What was asked breaks a rule; <see cref="Result.Problems"/> say which and how to fix it.</summary>
    Invalid,

    /// <summary>Someone else changed it since the page loaded; nothing was written over their work.</summary>
    Conflict,

    /// <summary>What it concerns no longer exists (a deleted project, a removed connection).</summary>
    Missing,

    /// <summary>Something outside the request failed: the database, Mews, a channel manager's endpoint.</summary>
    Failed,
}

/// <summary>What keeps an operation from being done, in words for the user.</summary>
/// <param name="Field">The field it concerns, where the page shows it; <see cref="Result.Whole"/> for the request as a whole.</param>
public record Problem(string Field, string Message);

/// <summary>
/// The outcome of every operation a page asks for: done or not, the problems by field, and notices about what else
/// happened (a step the dashboard ticked) and warnings about what did not (a part that could not be saved).
/// </summary>
public record Result
{
    public const string Whole = "";
    public const string ConflictField = "Conflict";
    public const string DatabaseField = "Database";

    public ResultKind Kind { get; init; }
    public IReadOnlyList<Problem> Problems { get; init; } = [];
    public IReadOnlyList<string> Notices { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Succeeded => Kind is ResultKind.Done or ResultKind.Unchanged;

    /// <summary>The problems by field, several on one field joined by line breaks.</summary>
    public IReadOnlyDictionary<string, string> Errors =>
        Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(p => p.Message)));

    /// <summary>Every problem in one line.</summary>
    public string Message => string.Join(" ", Problems.Select(p => p.Message));

    public static Result Ok(params IEnumerable<string> notices) => new() { Notices = [.. notices] };

    public static Result<T> Of<T>(T value, params IEnumerable<string> notices) => new() { Value = value, Notices = [.. notices] };

    public static Result Unchanged(params IEnumerable<string> notices) => new() { Kind = ResultKind.Unchanged, Notices = [.. notices] };

    public static Result Invalid(string field, string message) => Invalid([new Problem(field, message)]);

    public static Result Invalid(IEnumerable<Problem> problems) => new() { Kind = ResultKind.Invalid, Problems = [.. problems] };

    /// <summary>Every problem with the request as a whole, as when a file is read: each message says where it is.</summary>
    public static Result InvalidWhole(params IEnumerable<string> messages) => Invalid(messages.Select(m => new Problem(Whole, m)));

    /// <inheritdoc cref="InvalidWhole(IEnumerable{string})"/>
    public static Result<T> InvalidWhole<T>(params IEnumerable<string> messages) => InvalidWhole(messages).As<T>();

    public static Result Invalid(IReadOnlyDictionary<string, string> errors) => Invalid(errors.Select(e => new Problem(e.Key, e.Value)));

    public static Result Conflict(string message) => new() { Kind = ResultKind.Conflict, Problems = [new(ConflictField, message)] };

    /// <summary>Someone else saved <paramref name="what"/> differently since the page loaded; nothing was saved.</summary>
    public static Result ConflictOver(IEnumerable<string> what) => Conflict(
        $"Someone else changed {string.Join(", ", what)} since you opened the page, so nothing was saved. Save again to " +
        "replace their version with yours, or reload the page to see theirs (your unsaved entries are then lost).");

    public static Result Missing(string field, string message) => new() { Kind = ResultKind.Missing, Problems = [new(field, message)] };

    public static string ProjectMissingMessage(int projectId) => $"Project {projectId} no longer exists. Go back to the project list.";

    /// <summary>The project was deleted or the link is wrong; <paramref name="field"/> is where the page shows it.</summary>
    public static Result ProjectMissing(int projectId, string field = Whole) => Missing(field, ProjectMissingMessage(projectId));

    public static Result Failed(string field, string message) => Failed(new Problem(field, message));

    public static Result Failed(Problem problem) => new() { Kind = ResultKind.Failed, Problems = [problem] };

    /// <summary>This result with what reacting to it noticed (<paramref name="side"/>'s notices) and could not do (its warnings and problems).</summary>
    public Result Including(Result side) => this with { Notices = [.. Notices, .. side.Notices], Warnings = [.. Warnings, .. side.Warnings, .. side.Problems.Select(p => p.Message)] };

    /// <summary>This failure as the result of an operation that would have returned a <typeparamref name="T"/>.</summary>
    public Result<T> As<T>() => new() { Kind = Kind, Problems = Problems, Notices = Notices, Warnings = Warnings };
}

/// <summary>A result that carries what the operation produced when it succeeded.</summary>
public sealed record Result<T> : Result
{
    public T? Value { get; init; }

    /// <inheritdoc cref="Result.Including"/>
    public new Result<T> Including(Result side) => this with { Notices = [.. Notices, .. side.Notices], Warnings = [.. Warnings, .. side.Warnings, .. side.Problems.Select(p => p.Message)] };
}
