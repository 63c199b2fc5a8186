using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>JSON imports are read as a tree, so each bad entry gets its own message instead of one exception for the file.</summary>
internal static class JsonText
{
    /// <returns>The parsed tree (null for the JSON literal null), or where and why it is not JSON.</returns>
    /// <remarks>System.Text.Json reports bad JSON only by throwing; this is the one place that turns that into a result.</remarks>
    public static Result<JsonNode?> Parse(string text)
    {
        try
        {
            var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 8 });
            Visit(root);
            return Result.Of(root);
        }
        catch (JsonException ex)
        {
            return NotJson($"Line {(ex.LineNumber ?? 0) + 1}: this is not valid JSON ({ex.Message.Split(" Path:")[0]}). Fix it, or export the file again.");
        }
        catch (ArgumentException)
        {
            return NotJson("An object in the JSON names the same field twice. Keep one of each, or export the file again.");
        }
    }

    private static Result<JsonNode?> NotJson(string why) => Result.Invalid(Result.Whole, why).As<JsonNode?>();

    /// <summary>Reads every object once: JsonNode only notices a repeated field name then, and throws.</summary>
    private static void Visit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var (_, child) in item)
                    Visit(child);
                break;
            case JsonArray items:
                foreach (var child in items)
                    Visit(child);
                break;
        }
    }

    public static bool AreStringsOrMissing(JsonObject item, IEnumerable<string> fields) =>
        fields.All(f => item[f] is null || item[f] is JsonValue value && value.TryGetValue<string>(out _));

    public static string Text(JsonObject item, string field) => item[field]?.GetValue<string>().Trim() ?? "";
}
