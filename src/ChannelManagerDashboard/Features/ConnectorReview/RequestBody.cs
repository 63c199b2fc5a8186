using System.Globalization;
using System.Text.Json;

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

    /// <summary>
    /// The earliest and latest time the body's top-level times name (a *Utc value, or an interval's StartUtc and
    /// EndUtc); null when it names none that parses.
    /// </summary>
    public static (DateTimeOffset Earliest, DateTimeOffset Latest)? Times(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return null;
        (DateTimeOffset Earliest, DateTimeOffset Latest)? times = null;
        foreach (var property in body.EnumerateObject())
        {
            if (!System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property).EndsWith("Utc"u8))
                continue;
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object)
            {
                Widen(ref times, Time(value, "StartUtc"));
                Widen(ref times, Time(value, "EndUtc"));
            }
            else
                Widen(ref times, Time(value));
        }
        return times;

        static void Widen(ref (DateTimeOffset Earliest, DateTimeOffset Latest)? times, DateTimeOffset? time)
        {
            if (time is { } at)
                times = times is var (earliest, latest) ? (at < earliest ? at : earliest, at > latest ? at : latest) : (at, at);
        }
    }

    /// <summary>Limitation as sent: whether it is there, its Count and its Cursor.</summary>
    public static (bool Present, int? Count, string? Cursor) Limitation(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("Limitation", out var limitation) || limitation.ValueKind != JsonValueKind.Object)
            return (false, null, null);
        int? count = limitation.TryGetProperty("Count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
        var cursor = limitation.TryGetProperty("Cursor", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return (true, count, cursor);
    }

    /// <summary>The body without its Limitation, so the pages of one query compare equal.</summary>
    public static string Query(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return body.ValueKind == JsonValueKind.Undefined ? "" : body.GetRawText();
        return string.Join(',', body.EnumerateObject().Where(p => p.Name != "Limitation").Select(p => p.Name + ":" + p.Value.GetRawText()));
    }

    /// <summary>The value is something: not null, not an empty list, string or object.</summary>
    public static bool HasValue(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.Array => value.GetArrayLength() > 0,
            JsonValueKind.String => value.GetString()!.Length > 0,
            JsonValueKind.Object => value.EnumerateObject().Any(),
            _ => true,
        };

    /// <summary>
    /// A read of given records (ids, numbers, names, emails listed), not a poll for what changed. A partition
    /// (<see cref="ConnectorProperty.Partitions"/>) is polled like any sync; an undocumented operation is judged by its names.
    /// </summary>
    public static bool IsLookup(ConnectorOperation? operation, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return false;
        foreach (var sent in body.EnumerateObject())
        {
            if (!HasValue(sent.Value))
                continue;
            var listed = operation is null
                ? !ConnectorProperty.Partitions.Contains(sent.Name) && (sent.Name.EndsWith("Ids", StringComparison.Ordinal) || sent.Name.EndsWith("Numbers", StringComparison.Ordinal))
                : operation.Property(sent) is { IsValueList: true, IsFilter: true, Deprecated: false };
            if (listed)
                return true;
        }
        return false;
    }

    private static DateTimeOffset? Time(JsonElement interval, string name) => interval.TryGetProperty(name, out var value) ? Time(value) : null;

    private static DateTimeOffset? Time(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
