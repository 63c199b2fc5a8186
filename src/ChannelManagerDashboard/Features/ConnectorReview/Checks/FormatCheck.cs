using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S5: every request as the Connector API guidelines want it: POST to a documented path, spelled exactly (Q1), a JSON
/// body sent as application/json (Q2), ClientToken, AccessToken and a Client with its version, LanguageCode and
/// CultureCode together (Q3), and every *Utc value in ISO 8601 UTC, YYYY-MM-DDThh:mm:ssZ (Q4).
/// </summary>
public sealed partial class FormatCheck(ConnectorCatalog catalog) : IReviewCheck
{
    private readonly FindingGroups<string> broken = new();

    public void Add(ConnectorCall call, JsonElement body)
    {
        if (call.Method != "POST")
            Note($"Q1: sent with {call.Method}; every Connector API call is a POST.", call);
        if (catalog.Find(call.Path) is null)
            Note($"Q1: {call.Path} is not a documented operation path; the match is exact and case-sensitive, without a trailing slash, and anything else answers 404.", call);
        if (call.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            Note($"Q2: sent as {type}; send Content-Type: application/json.", call);
        if (body.ValueKind == JsonValueKind.Undefined)
        {
            Note("Q2: the request body is not JSON.", call);
            return;
        }
        if (body.ValueKind != JsonValueKind.Object)
        {
            Note("Q2: the request body is not a JSON object.", call);
            return;
        }
        foreach (var name in new[] { "ClientToken", "AccessToken", "Client" }.Where(n => !body.TryGetProperty(n, out _)))
            Note($"Q3: {name} is missing; every request carries ClientToken, AccessToken and Client.", call);
        if (body.TryGetProperty("Client", out var client) && (client.ValueKind != JsonValueKind.String || !Version().IsMatch(client.GetString()!)))
            Note("Q3: Client has no version; send the application's name and version, e.g. \"Sample Client 1.0.0\".", call);
        if (body.TryGetProperty("LanguageCode", out _) != body.TryGetProperty("CultureCode", out _))
            Note("Q3: LanguageCode and CultureCode are optional but go together; send both or neither.", call);
        CheckTimes(body, call);
    }

    public CheckResult Finish()
    {
        var findings = broken.InOrder.Select(b => new ReviewFinding($"{b.Sample.Count} call(s): {b.Key}", b.Sample.Calls)).ToList();
        return new("S5", "Request format (Q1–Q4)", findings.Count == 0, false, findings);
    }

    private void CheckTimes(JsonElement element, ConnectorCall call)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("Utc", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String && !UtcTime().IsMatch(property.Value.GetString()!))
                        Note($"Q4: {property.Name} is not ISO 8601 UTC; write it as YYYY-MM-DDThh:mm:ssZ, e.g. 2023-03-22T05:00:00Z.", call);
                    else
                        CheckTimes(property.Value, call);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    CheckTimes(item, call);
                break;
        }
    }

    private void Note(string problem, ConnectorCall call) => broken.Add(problem, call.Index);

    [GeneratedRegex(@"\d+\.\d+")]
    private static partial Regex Version();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$")]
    private static partial Regex UtcTime();
}
