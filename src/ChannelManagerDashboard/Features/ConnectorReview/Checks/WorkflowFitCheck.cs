using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S2: the operations used are the ones declared, every declared one is used, and the use cases propose them. An
/// operation the reference does not document, declared with its reason, is a warning.
/// </summary>
public sealed class WorkflowFitCheck(DeclaredWorkflow declared) : IReviewCheck
{
    private readonly FindingGroups<string> used = new();

    public void Add(ConnectorRequest request, JsonElement body)
    {
        used.Add(request.Path, request, null);
    }

    public CheckVerdict Finish()
    {
        var requests = used.InOrder.ToDictionary(u => u.Key, u => u.Sample, StringComparer.Ordinal);
        var findings = new List<ReviewFinding>();
        foreach (var (path, sample) in requests.Where(u => !declared.Declares(u.Key)))
            findings.Add(new($"{ConnectorOperation.NameOf(path)} is called {Counted.Of(sample.Count, "time")} (Mews answered: {sample.Answers}) but not declared: add it to the certification form with its purpose, or stop calling it.", sample.Requests));
        foreach (var name in declared.Operations.Select(o => (o.Path, o.Name)).Concat(declared.Undocumented.Select(u => (u.Path, u.Name))).Where(o => !requests.ContainsKey(o.Path)).Select(o => o.Name))
            findings.Add(new($"{name} is declared but never called in the run: run the flow that uses it, or take it off the form.", []));
        var failed = findings.Count > 0;
        foreach (var operation in declared.Undocumented.Where(u => requests.ContainsKey(u.Path)))
        {
            var sample = requests[operation.Path];
            findings.Add(new($"Warning: {operation.Name} is not in the current reference; it is declared because \"{operation.Reason}\" and was called {Counted.Of(sample.Count, "time")} (Mews answered: {sample.Answers}). " +
                             "Mews reviews against the documented operations and may change an undocumented one without notice; say so on the certification form.", sample.Requests));
        }
        var proposed = declared.UseCases.SelectMany(u => u.Operations).ToHashSet(StringComparer.Ordinal);
        if (declared.UseCases.Count > 0)
        {
            foreach (var (path, sample) in requests.Where(c => declared.Operations.Any(o => o.Path == c.Key) && !proposed.Contains(c.Key)))
                findings.Add(new($"Warning (ours): {ConnectorOperation.NameOf(path)} is not among the operations the declared {Counted.Noun(declared.UseCases.Count, "use case")} {string.Join(", ", declared.UseCases.Select(u => u.Name))} document; say on the form why the flow needs it.", sample.Requests));
        }
        return new("S2", "Workflow fit", !failed, false, findings);
    }
}
