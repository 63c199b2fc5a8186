namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>S2: the operations used are the ones declared, every declared one is used, and the use cases propose them.</summary>
public sealed class WorkflowFitCheck(DeclaredWorkflow declared) : IReviewCheck
{
    private readonly Dictionary<string, CallSample> used = new(StringComparer.Ordinal);

    public void Add(ConnectorCall call)
    {
        if (!used.TryGetValue(call.Path, out var sample))
            used[call.Path] = sample = new CallSample();
        sample.Add(call.Index);
    }

    public CheckResult Finish()
    {
        var declaredPaths = declared.Operations.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var findings = new List<ReviewFinding>();
        foreach (var (path, sample) in used.Where(u => !declaredPaths.Contains(u.Key)).OrderBy(u => u.Key, StringComparer.Ordinal))
            findings.Add(new($"{Name(path)} is called {sample.Count} time(s) but not declared: add it to the certification form with its purpose, or stop calling it.", sample.Calls));
        foreach (var operation in declared.Operations.Where(o => !used.ContainsKey(o.Path)))
            findings.Add(new($"{operation.Name} is declared but never called in the run: run the flow that uses it, or take it off the form.", []));
        var failed = findings.Count > 0;
        var proposed = declared.UseCases.SelectMany(u => u.Operations).ToHashSet(StringComparer.Ordinal);
        if (declared.UseCases.Count > 0)
        {
            foreach (var path in used.Keys.Where(p => declaredPaths.Contains(p) && !proposed.Contains(p)).Order(StringComparer.Ordinal))
                findings.Add(new($"Warning (ours): {Name(path)} is not among the operations the declared use case(s) {string.Join(", ", declared.UseCases.Select(u => u.Name))} document; say on the form why the flow needs it.", used[path].Calls));
        }
        return new("S2", "Workflow fit", !failed, false, findings);
    }

    private static string Name(string path) => path.StartsWith(ConnectorOperation.Prefix, StringComparison.Ordinal) ? path[ConnectorOperation.Prefix.Length..] : path;
}
