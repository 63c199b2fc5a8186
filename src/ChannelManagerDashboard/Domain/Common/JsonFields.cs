using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>Reads one field of a message a partner sent, where any field may be missing or of the wrong type.</summary>
public static class JsonFields
{
    /// <returns>The string field; null when the owner is not an object or the field is absent or not a string.</returns>
    public static string? Text(JsonElement owner, string property) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <returns>The field as a yyyy-MM-dd date, the only form Mews sends and accepts; null otherwise.</returns>
    public static DateOnly? Date(JsonElement owner, string property) =>
        DateOnly.TryParseExact(Text(owner, property), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
