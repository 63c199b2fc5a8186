using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>JSON as a person reads it on a page: indented when it is JSON and small enough to read whole, as it came otherwise.</summary>
public static class ReadableJson
{
    /// <summary>Larger bodies are shown as sent; indenting them would only make a longer page.</summary>
    public const int IndentedUpTo = 64 * 1024;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Readable(string body)
    {
        if (body.Length > IndentedUpTo)
            return body;
        try
        {
            return JsonNode.Parse(body)?.ToJsonString(Indented) ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
