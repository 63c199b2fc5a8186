using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>Reads the parts of a Connector API request body the checks judge: intervals, the limitation, id lists.</summary>
public static class RequestBody
{
    /// <summary>A time interval property ({StartUtc, EndUtc}); null when the body has none, or its times do not parse.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Interval(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var interval) && interval.ValueKind == JsonValueKind.Object
        && Time(interval, "StartUtc") is { } start && Time(interval, "EndUtc") is { } end
            ? (start, end)
            : null;

    /// <summary>Limitation as sent: whether it is there, its Count and its Cursor.</summary>
    public static (bool Present, int? Count, string? Cursor) Limitation(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("Limitation", out var limitation) || limitation.ValueKind != JsonValueKind.Object)
            return (false, null, null);
        int? count = limitation.TryGetProperty("Count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
        var cursor = limitation.TryGetProperty("Cursor", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return (true, count, cursor);
    }

    /// <summary>The number of items in an array property; null when the body has no such array.</summary>
    public static int? Items(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : null;

    /// <summary>The body without its Limitation, so the pages of one query compare equal.</summary>
    public static string Query(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return body.ValueKind == JsonValueKind.Undefined ? "" : body.GetRawText();
        return string.Join(',', body.EnumerateObject().Where(p => p.Name != "Limitation").Select(p => p.Name + ":" + p.Value.GetRawText()));
    }

    private static readonly HashSet<string> NotFilters = new(StringComparer.Ordinal)
    {
        "ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode", "Limitation", "EnterpriseIds", "ChainIds",
    };

    /// <summary>
    /// The filters a request sends, e.g. "RateId=ed4b…, UpdatedUtc": what makes two polls the same. Times and lists
    /// count by name (they move from poll to poll), other values with the value.
    /// </summary>
    public static string Filters(JsonElement body) => body.ValueKind != JsonValueKind.Object ? ""
        : string.Join(", ", body.EnumerateObject().Where(p => !NotFilters.Contains(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
            p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False && !p.Name.EndsWith("Utc", StringComparison.Ordinal)
                ? $"{p.Name}={TextCut.Shorten(p.Value.ToString(), 12)}"
                : p.Name));

    /// <summary>A read of given records (ids or numbers listed), not a poll for what changed.</summary>
    public static bool IsLookup(JsonElement body) => body.ValueKind == JsonValueKind.Object && body.EnumerateObject().Any(p =>
        !NotFilters.Contains(p.Name) && p.Name != "ServiceIds" && (p.Name.EndsWith("Ids", StringComparison.Ordinal) || p.Name.EndsWith("Numbers", StringComparison.Ordinal))
        && p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0);

    private static DateTimeOffset? Time(JsonElement interval, string name) =>
        interval.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
