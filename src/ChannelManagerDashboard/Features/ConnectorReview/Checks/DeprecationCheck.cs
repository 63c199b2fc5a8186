using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S9: no request to an operation the deprecations page lists as deprecated or discontinued. Properties deprecated in the
/// reference or on the deprecations page (RateId → TemplateRateId, Blacklist → Blocklist, Extent on services/getAll),
/// and the customers' Documents extent, are warnings. A property the reference does not know at all is not called
/// deprecated: that is S5's "not in the current reference".
/// </summary>
public sealed class DeprecationCheck(ConnectorCatalog catalog) : IReviewCheck
{
    private readonly FindingGroups<string> requests = new();
    private readonly FindingGroups<string> properties = new();
    private DateTimeOffset latest;

    public void Add(ConnectorRequest request, JsonElement body)
    {
        latest = request.TimeUtc > latest ? request.TimeUtc : latest;
        if (catalog.Find(request.Path) is not { } operation)
            return;
        if (operation.Deprecated || operation.Discontinued)
            requests.Add(request.Path, request);
        if (body.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in body.EnumerateObject())
        {
            var documented = operation.Property(property);
            if (documented is { Deprecated: true })
                Warn($"{operation.Name}: {property.Name} is deprecated in the reference; drop it, or send what the operation's page names instead.", request);
            else if (documented is null && PropertyDeprecations.Find(operation, property.Name) is { } deprecation)
                Warn(Describe(operation, deprecation, deprecation.Property), request);
            if (documented is not { IsEnumerated: true })
                continue;
            foreach (var value in Values(property.Value))
            {
                if (PropertyDeprecations.All.FirstOrDefault(d => d.Operation is null && d.Property == value) is { } renamed)
                    Warn(Describe(operation, renamed, $"the value {value} of {property.Name}"), request);
            }
        }
        if (operation.Name == "customers/getAll" && body.TryGetProperty("Extent", out var extent) && extent.ValueKind == JsonValueKind.Object
            && extent.TryGetProperty("Documents", out var documents) && documents.ValueKind == JsonValueKind.True)
            Warn($"{operation.Name}: the Documents extent is deprecated on Mews' deprecations page; drop it.", request);
    }

    public CheckVerdict Finish()
    {
        var findings = requests.InOrder.Select(c =>
        {
            var operation = catalog.Find(c.Key)!;
            var since = operation.DeprecatedOn is { } on ? $" since {on}" : "";
            var until = operation.DiscontinuedOn is { } off ? $" ({(Date(off) is { } date && date > latest ? "to be discontinued on" : "discontinued since")} {off})" : operation.Discontinued ? " and discontinued" : "";
            var instead = operation.Replacement is { } replacement ? $"use {replacement} instead" : "the deprecations page names what replaces it";
            return new ReviewFinding($"{operation.Name} is deprecated{since}{until} and was called {Counted.Of(c.Sample.Count, "time")} (Mews answered: {c.Sample.Answers}); {instead}.", c.Sample.Requests);
        }).ToList();
        var failed = findings.Count > 0;
        findings.AddRange(properties.Findings("Warning: "));
        return new("S9", "Deprecations", !failed, false, findings);
    }

    private static string Describe(ConnectorOperation operation, PropertyDeprecation deprecation, string what) =>
        $"{operation.Name}: {what} is deprecated{(deprecation.Since is { } since ? $" since {since}" : "")} (Mews' deprecations page); " +
        (deprecation.Replacement is { } replacement ? $"send {replacement} instead." : "drop it.");

    /// <summary>The strings a property holds itself (a value, or the items of a list), where a renamed value shows.</summary>
    private static IEnumerable<string> Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!),
        _ => [],
    };

    private static DateTimeOffset? Date(string text) =>
        DateTimeOffset.TryParseExact(text, "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private void Warn(string problem, ConnectorRequest request) => properties.Add(problem, request);
}
