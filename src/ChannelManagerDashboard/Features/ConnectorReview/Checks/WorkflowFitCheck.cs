using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>S2: the operations used are the ones declared, every declared one is used, and the use cases propose them.</summary>
public sealed class WorkflowFitCheck(DeclaredWorkflow declared) : IReviewCheck
{
    private readonly FindingGroups<string> used = new();

    public void Add(ConnectorCall call, JsonElement body)
    {
        used.Add(call.Path, call.Index);
    }

    public CheckResult Finish()
    {
        var declaredPaths = declared.Operations.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var calls = used.InOrder.ToDictionary(u => u.Key, u => u.Sample, StringComparer.Ordinal);
        var findings = new List<ReviewFinding>();
        foreach (var (path, sample) in calls.Where(u => !declaredPaths.Contains(u.Key)))
            findings.Add(new($"{ConnectorOperation.NameOf(path)} is called {sample.Count} time(s) but not declared: add it to the certification form with its purpose, or stop calling it.", sample.Calls));
        foreach (var operation in declared.Operations.Where(o => !calls.ContainsKey(o.Path)))
            findings.Add(new($"{operation.Name} is declared but never called in the run: run the flow that uses it, or take it off the form.", []));
        var failed = findings.Count > 0;
        var proposed = declared.UseCases.SelectMany(u => u.Operations).ToHashSet(StringComparer.Ordinal);
        if (declared.UseCases.Count > 0)
        {
            foreach (var (path, sample) in calls.Where(c => declaredPaths.Contains(c.Key) && !proposed.Contains(c.Key)))
                findings.Add(new($"Warning (ours): {ConnectorOperation.NameOf(path)} is not among the operations the declared use case(s) {string.Join(", ", declared.UseCases.Select(u => u.Name))} document; say on the form why the flow needs it.", sample.Calls));
        }
        return new("S2", "Workflow fit", !failed, false, findings);
    }
}
