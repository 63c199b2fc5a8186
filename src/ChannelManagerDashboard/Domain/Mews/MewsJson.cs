using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>The wire format of the Channel Manager API: camelCase JSON (as the Mews Channel Manager API documents it).</summary>
public static class MewsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
