using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Bodies as a person reads them on the page: indented when they are JSON and small enough to read whole.</summary>
public static class EvidenceText
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
