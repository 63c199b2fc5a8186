using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>How findings quote what a request sent: times as the API writes them, and the properties of a body.</summary>
public static class FindingText
{
    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Span(DateTimeOffset start, DateTimeOffset end) => $"{Utc(start)} – {Utc(end)}";

    /// <summary>The properties a body sent besides the envelope, e.g. "UpdatedUtc, Limitation".</summary>
    public static string Properties(JsonElement body)
    {
        var names = body.ValueKind == JsonValueKind.Object ? body.EnumerateObject().Select(p => p.Name).Where(n => !ConnectorProperty.Envelope.Contains(n)).ToList() : [];
        return names.Count > 0 ? string.Join(", ", names) : "no property but the tokens and Client";
    }
}
