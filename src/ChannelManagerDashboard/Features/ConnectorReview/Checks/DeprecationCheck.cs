using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S9: no call to an operation the deprecations page lists as deprecated or discontinued. Properties the current
/// reference no longer lists for an operation (deprecated ones are dropped from its table, e.g. Extent on
/// services/getAll), and the customers' Documents extent, are warnings.
/// </summary>
public sealed class DeprecationCheck(ConnectorCatalog catalog) : IReviewCheck
{
    private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal) { "ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode" };

    private readonly FindingGroups<string> calls = new();
    private readonly FindingGroups<(string Operation, string Property)> properties = new();

    public void Add(ConnectorCall call, JsonElement body)
    {
        if (catalog.Find(call.Path) is not { } operation)
            return;
        if (operation.Deprecated || operation.Discontinued)
            calls.Add(call.Path, call.Index);
        if (body.ValueKind != JsonValueKind.Object || operation.Properties.Count == 0)
            return;
        foreach (var property in body.EnumerateObject())
        {
            if (!Envelope.Contains(property.Name) && operation.Property(property.Name) is null)
                properties.Add((operation.Name, property.Name), call.Index);
        }
        if (operation.Name == "customers/getAll" && body.TryGetProperty("Extent", out var extent) && extent.ValueKind == JsonValueKind.Object
            && extent.TryGetProperty("Documents", out var documents) && documents.ValueKind == JsonValueKind.True)
            properties.Add((operation.Name, "Extent.Documents"), call.Index);
    }

    public CheckResult Finish()
    {
        var findings = calls.InOrder.Select(c =>
        {
            var operation = catalog.Find(c.Key)!;
            var when = operation.DiscontinuedOn is { } on ? $", discontinued {on}" : "";
            var instead = operation.Replacement is { } replacement ? $"; use {replacement} instead" : "";
            return new ReviewFinding($"{operation.Name} is deprecated{when} and was called {c.Sample.Count} time(s){instead}.", c.Sample.Calls);
        }).ToList();
        var failed = findings.Count > 0;
        findings.AddRange(properties.InOrder.Select(p => new ReviewFinding(
            $"Warning: {p.Key.Operation} was sent {p.Key.Property} in {p.Sample.Count} call(s); the current reference does not list it (deprecated or removed), so drop it or use its replacement.", p.Sample.Calls)));
        return new("S9", "Deprecations", !failed, false, findings);
    }
}
