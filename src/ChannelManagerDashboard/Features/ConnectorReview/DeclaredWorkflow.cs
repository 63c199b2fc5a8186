using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What the partner told Mews the integration does: the documented use cases and the operations it calls.</summary>
public sealed record DeclaredWorkflow(IReadOnlyList<ConnectorUseCase> UseCases, IReadOnlyList<ConnectorOperation> Operations)
{
    /// <summary>Reads {"useCases":["Revenue management"],"operations":["reservations/getAll/2023-06-06", …]} (paths with or without the prefix).</summary>
    /// <returns>The workflow, or every name that is not a documented use case or operation.</returns>
    public static (DeclaredWorkflow? Workflow, IReadOnlyList<string> Problems) Parse(string json, ConnectorCatalog catalog)
    {
        Declaration? declared;
        try
        {
            declared = JsonSerializer.Deserialize<Declaration>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException ex)
        {
            return (null, [$"The declaration is not JSON ({ex.Message.Split('.')[0]}). Write {{\"useCases\":[\"Revenue management\"],\"operations\":[\"reservations/getAll/2023-06-06\"]}}."]);
        }
        if (declared is null)
            return (null, ["The declaration is empty; name the use cases and the operations the integration calls."]);
        var problems = new List<string>();
        var useCases = (declared.UseCases ?? []).Select(name => catalog.UseCase(name) ?? Missing<ConnectorUseCase>(problems,
            $"'{name}' is not a documented use case; the documented ones are {string.Join(", ", catalog.UseCases.Select(u => u.Name))}.")).OfType<ConnectorUseCase>().ToList();
        var operations = (declared.Operations ?? []).Select(path => catalog.Find(path.Trim()) ?? Missing<ConnectorOperation>(problems,
            $"'{path}' is not a documented operation path; write it as in the reference, e.g. reservations/getAll/2023-06-06 (the match is case-sensitive).")).OfType<ConnectorOperation>().Distinct().ToList();
        if (operations.Count == 0 && problems.Count == 0)
            problems.Add("The declaration lists no operations; name every operation the integration calls.");
        return problems.Count > 0 ? (null, problems) : (new DeclaredWorkflow(useCases, operations), []);
    }

    private static T? Missing<T>(List<string> problems, string problem) where T : class
    {
        problems.Add(problem);
        return null;
    }

    private sealed record Declaration(List<string>? UseCases, List<string>? Operations);
}
