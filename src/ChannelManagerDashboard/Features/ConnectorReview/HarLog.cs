using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// A HAR 1.2 file (a browser's, mitmproxy's, Fiddler's or Charles's export): one call per entry of log.entries. A bad
/// entry is reported by its number, counted from 1, in the place of a line number.
/// </summary>
public static class HarLog
{
    public static IEnumerable<LogEntry> Read(Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            return [LogEntry.Rejected(0, $"the file is not JSON, so not HAR ({ex.Message.Split('.')[0]}).")];
        }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("log", out var log) || !log.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
                return [LogEntry.Rejected(0, "the file has no log.entries array; export it as HAR 1.2.")];
            var read = new List<LogEntry>();
            var index = 0;
            foreach (var (entry, number) in entries.EnumerateArray().Select((e, i) => (e, i + 1)))
            {
                var call = ReadEntry(entry, number, index);
                if (call.Call is not null)
                    index++;
                read.Add(call);
            }
            return read;
        }
    }

    private static LogEntry ReadEntry(JsonElement entry, int number, int index)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("request", out var request) || !entry.TryGetProperty("response", out var response))
            return LogEntry.Rejected(number, $"entry {number} has no request and response.");
        var body = request.TryGetProperty("postData", out var post) && post.TryGetProperty("text", out var text) ? text.GetString() : "";
        return LogEntry.From(number, index, Text(entry, "startedDateTime"), Text(request, "method"), Text(request, "url"), Text(response, "status"), Text(entry, "time"),
            body, Header(response, "Request-Id"), Header(response, "Retry-After"), Header(request, "Content-Type"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => null,
        } : null;

    private static string? Header(JsonElement message, string name) =>
        message.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Array
            ? headers.EnumerateArray().Where(h => string.Equals(Text(h, "name"), name, StringComparison.OrdinalIgnoreCase)).Select(h => Text(h, "value")).FirstOrDefault()
            : null;
}
