using ChannelManagerDashboard.Domain.Common;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>An operation the reference does not document, declared with why the flow needs it.</summary>
/// <param name="Path">The full path, e.g. /api/connector/v1/customers/getAll/2025-01-01.</param>
public sealed record UndocumentedOperation(string Path, string Reason)
{
    public string Name => ConnectorOperation.NameOf(Path);
}

/// <summary>
/// What the partner told Mews the integration does: the documented use cases, the operations it calls, and any
/// operation it calls that the reference does not document, each with its reason.
/// </summary>
public sealed record DeclaredWorkflow(IReadOnlyList<ConnectorUseCase> UseCases, IReadOnlyList<ConnectorOperation> Operations, IReadOnlyList<UndocumentedOperation> Undocumented)
{
    private const string Example = """{"useCases":["Revenue management"],"operations":["reservations/getAll/2023-06-06",{"operation":"…","reason":"…"}]}""";

    public UndocumentedOperation? UndocumentedAt(string path) => Undocumented.FirstOrDefault(u => u.Path == path);

    public bool Declares(string path) => Operations.Any(o => o.Path == path) || UndocumentedAt(path) is not null;

    /// <summary>
    /// Reads {"useCases":["Revenue management"],"operations":["reservations/getAll/2023-06-06", …]} (paths with or
    /// without the prefix); an operation may also be {"operation":"…","reason":"…"}, which is how one the reference
    /// does not document is declared.
    /// </summary>
    /// <returns>
    /// The workflow, or every name that is not a documented use case or operation and has no reason, and every one
    /// that differs from a documented operation only by letter case or a trailing slash, reason or not.
    /// </returns>
    public static Result<DeclaredWorkflow> Parse(string json, ConnectorCatalog catalog)
    {
        Declaration? declared;
        try
        {
            declared = JsonSerializer.Deserialize<Declaration>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException ex)
        {
            return Result.InvalidWhole<DeclaredWorkflow>($"The declaration is not JSON ({ex.Message.Split('.')[0]}). Write {Example}.");
        }
        if (declared is null)
            return Result.InvalidWhole<DeclaredWorkflow>("The declaration is empty; name the use cases and the operations the integration calls.");
        var problems = new List<string>();
        var useCases = (declared.UseCases ?? []).Select(name => catalog.UseCase(name) ?? Missing<ConnectorUseCase>(problems,
            $"'{name}' is not a documented use case; the documented ones are {string.Join(", ", catalog.UseCases.Select(u => u.Name))}.")).OfType<ConnectorUseCase>().ToList();
        var operations = new List<ConnectorOperation>();
        var undocumented = new List<UndocumentedOperation>();
        foreach (var entry in declared.Operations ?? [])
        {
            var (path, reason) = Read(entry);
            if (path is null)
                problems.Add($"{entry.GetRawText()} is not an operation; write its path, or {{\"operation\":\"…\",\"reason\":\"…\"}}.");
            else if (catalog.Find(path) is { } operation)
                operations.Add(operation);
            else if (catalog.Resembling(path) is { } resembling)
                problems.Add($"'{path}' is not a documented operation path; the reference has {resembling.Name} (the match is case-sensitive).");
            else if (reason is not null)
                undocumented.Add(new UndocumentedOperation(ConnectorOperation.PathOf(path), reason));
            else
                problems.Add($"'{path}' is not a documented operation path; write it as in the reference, e.g. reservations/getAll/2023-06-06 (the match is case-sensitive). " +
                             $"If the integration calls it though the reference does not document it, declare it with the reason: {{\"operation\":\"{path}\",\"reason\":\"…\"}}.");
        }
        if (operations.Count == 0 && undocumented.Count == 0 && problems.Count == 0)
            problems.Add("The declaration lists no operations; name every operation the integration calls.");
        return problems.Count > 0 ? Result.InvalidWhole<DeclaredWorkflow>(problems) : Result.Of(new DeclaredWorkflow(useCases, operations.Distinct().ToList(), undocumented.DistinctBy(u => u.Path).ToList()));
    }

    /// <returns>The path, and the reason when one is given; a null path when the entry is neither form.</returns>
    private static (string? Path, string? Reason) Read(JsonElement entry)
    {
        if (entry.ValueKind == JsonValueKind.String)
            return (entry.GetString()!.Trim(), null);
        if (entry.ValueKind != JsonValueKind.Object || Text(entry, "operation") is not { Length: > 0 } path)
            return (null, null);
        return (path, Text(entry, "reason") is { Length: > 0 } reason ? reason : null);
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!.Trim()
            : null;

    private static T? Missing<T>(List<string> problems, string problem) where T : class
    {
        problems.Add(problem);
        return null;
    }

    private sealed record Declaration(List<string>? UseCases, List<JsonElement>? Operations);
}
