using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The review as JSON for CI: {"calls":N,"checks":[{"id":"S1","passed":true,"findings":[{"message":"…","calls":[0,5]}]}, …]} (the keys stay "calls" for the CI scripts that read them).</summary>
public static class ReviewJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(ReviewReport report)
    {
        var json = new JsonObject
        {
            ["calls"] = report.Requests,
            ["badLines"] = report.BadLines,
            ["passed"] = report.Passed,
            ["checks"] = new JsonArray([.. report.Checks.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["title"] = c.Title,
                ["passed"] = c.Passed,
                ["heuristic"] = c.Heuristic,
                ["findings"] = new JsonArray([.. c.Findings.Select(f => (JsonNode)new JsonObject
                {
                    ["message"] = f.Message,
                    ["calls"] = new JsonArray([.. f.Requests.Select(i => (JsonNode)i)]),
                })]),
            })]),
        };
        return json.ToJsonString(Indented);
    }
}
