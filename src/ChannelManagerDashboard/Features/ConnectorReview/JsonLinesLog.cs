using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// A JSON Lines log: one request a line with timeUtc, method, url, status, durationMs and requestBody (a string or the JSON
/// itself), and optionally requestHeaders or contentType (the request's Content-Type), responseHeaders (Request-Id,
/// Retry-After), requestId and responseBody. Read line by line, so a log of any length takes the memory of one line
/// (at most <see cref="MaxLineChars"/>).
/// </summary>
public static class JsonLinesLog
{
    /// <summary>No Connector API request comes near this; a longer line is reported, not read.</summary>
    public const int MaxLineChars = 16 * 1024 * 1024;

    public static IEnumerable<LogEntry> Read(TextReader reader)
    {
        var (number, index) = (0, 0);
        var lines = new BoundedLineReader(reader, MaxLineChars);
        while (lines.Next() is ({ } text, var tooLong))
        {
            number++;
            if (tooLong)
            {
                yield return LogEntry.Rejected(number, $"the line is longer than {MaxLineChars / 1024 / 1024} M characters; one call a line is far shorter.");
                continue;
            }
            if (text.Trim().Length == 0)
                continue;
            var entry = ReadLine(text, number, index);
            if (entry.Request is not null)
                index++;
            yield return entry;
        }
    }

    private static LogEntry ReadLine(string text, int number, int index)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return LogEntry.Rejected(number, "the line is JSON but not an object; write one {\"timeUtc\": …} object a line.");
            var root = json.RootElement;
            var response = Headers(root, "responseHeaders");
            // The response's Content-Type says what Mews answered (a 502's text/html), never how the request was sent.
            return LogEntry.From(number, index, Text(root, "timeUtc"), Text(root, "method"), Text(root, "url"), Text(root, "status"), Text(root, "durationMs"),
                Text(root, "requestBody"), Text(root, "requestId") ?? Header(response, "Request-Id"), Header(response, "Retry-After"),
                Text(root, "contentType") ?? Header(Headers(root, "requestHeaders"), "Content-Type"));
        }
        catch (JsonException ex)
        {
            return LogEntry.Rejected(number, $"the line is not JSON ({ex.Message.Split('.')[0]}).");
        }
    }

    /// <summary>A property as text whatever its JSON type: a body may be logged as a string or as the object itself.</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        } : null;

    private static JsonElement Headers(JsonElement root, string name) =>
        root.TryGetProperty(name, out var headers) && headers.ValueKind == JsonValueKind.Object ? headers : default;

    private static string? Header(JsonElement headers, string name)
    {
        if (headers.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var header in headers.EnumerateObject())
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
                return header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
        }
        return null;
    }
}
