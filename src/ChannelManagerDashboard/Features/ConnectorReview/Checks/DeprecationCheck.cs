namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>S9: no call to an operation the deprecations page lists as deprecated or discontinued.</summary>
public sealed class DeprecationCheck(ConnectorCatalog catalog) : IReviewCheck
{
    private readonly Dictionary<string, CallSample> calls = new(StringComparer.Ordinal);

    public void Add(ConnectorCall call)
    {
        if (catalog.Find(call.Path) is not { Deprecated: true } and not { Discontinued: true })
            return;
        if (!calls.TryGetValue(call.Path, out var sample))
            calls[call.Path] = sample = new CallSample();
        sample.Add(call.Index);
    }

    public CheckResult Finish()
    {
        var findings = calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
        {
            var operation = catalog.Find(c.Key)!;
            var when = operation.DiscontinuedOn is { } on ? $", discontinued {on}" : "";
            var instead = operation.Replacement is { } replacement ? $"; use {replacement} instead" : "";
            return new ReviewFinding($"{operation.Name} is deprecated{when} and was called {c.Value.Count} time(s){instead}.", c.Value.Calls);
        }).ToList();
        return new("S9", "Deprecations", findings.Count == 0, false, findings);
    }
}
