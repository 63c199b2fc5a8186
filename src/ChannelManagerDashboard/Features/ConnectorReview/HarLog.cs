using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// A HAR 1.2 file (a browser's, mitmproxy's, Fiddler's or Charles's export): one request per entry of log.entries. A bad
/// entry is reported by its number, counted from 1, in the place of a line number. The file is read as a stream, one
/// entry at a time, so a HAR of any size takes the memory of its largest entry.
/// </summary>
public static class HarLog
{
    public const int ChunkBytes = 64 * 1024;

    /// <summary>One entry larger than this (a huge response body) is not a Connector API request.</summary>
    public const int MaxEntryBytes = 64 * 1024 * 1024;

    public static IEnumerable<LogEntry> Read(Stream stream)
    {
        var scan = new Scan();
        var buffer = new byte[ChunkBytes];
        var length = 0;
        var final = false;
        while (true)
        {
            if (!final && length < buffer.Length)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                length += read;
                final = read == 0;
                // Windows tools write a byte order mark, which the JSON reader does not skip.
                if (!scan.Started && length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    Buffer.BlockCopy(buffer, 3, buffer, 0, length - 3);
                    length -= 3;
                }
                scan.Started = true;
            }
            List<LogEntry> found;
            int consumed;
            try
            {
                (found, consumed) = scan.Step(buffer.AsSpan(0, length), final);
            }
            catch (JsonException ex)
            {
                found = [.. scan.Found, scan.SawEntries
                    ? LogEntry.Rejected(scan.Number + 1, $"entry {scan.Number + 1} is cut off or not JSON ({ex.Message.Split('.')[0]}); the entries before it are read.")
                    : LogEntry.Rejected(0, $"the file is not JSON, so not HAR ({ex.Message.Split('.')[0]}).")];
                scan.Failed = true;
                consumed = length;
            }
            foreach (var entry in found)
                yield return entry;
            if (scan.Failed)
                yield break;
            if (final && consumed >= length || scan.Done)
                break;
            // Keep what is not read yet; a buffer that holds less than one entry grows.
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (length == buffer.Length)
            {
                if (buffer.Length >= MaxEntryBytes)
                {
                    yield return LogEntry.Rejected(scan.Number + 1, $"entry {scan.Number + 1} is larger than {MaxEntryBytes / 1024 / 1024} MB; export the HAR without response bodies.");
                    yield break;
                }
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            if (final && consumed == 0)
                break;
        }
        if (!scan.SawEntries)
            yield return LogEntry.Rejected(0, "the file has no log.entries array; export it as HAR 1.2.");
    }

    /// <summary>Where the reader is in the HAR: looking for log, then entries, then reading entries one by one.</summary>
    private sealed class Scan
    {
        private JsonReaderState state;
        private bool inLog, entriesNext, inEntries;
        private int index;

        public int Number { get; private set; }
        public bool SawEntries { get; private set; }
        public bool Done { get; private set; }
        public bool Failed { get; set; }
        public bool Started { get; set; }
        public List<LogEntry> Found { get; } = [];

        /// <returns>The entries read whole from <paramref name="data"/>, and how many bytes were read.</returns>
        public (List<LogEntry> Found, int Consumed) Step(ReadOnlySpan<byte> data, bool final)
        {
            Found.Clear();
            var reader = new Utf8JsonReader(data, final, state);
            while (!Done)
            {
                var before = reader.CurrentState;
                var start = (int)reader.BytesConsumed;
                if (!reader.Read())
                    break;
                if (inEntries && reader.CurrentDepth == 3)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (!JsonDocument.TryParseValue(ref reader, out var document))
                            return Rewind(before, start);
                        using (document)
                            Add(number => ReadEntry(document.RootElement, number, index));
                    }
                    else
                    {
                        if (!reader.TrySkip())
                            return Rewind(before, start);
                        Add(number => LogEntry.Rejected(number, $"entry {number} has no request and response objects."));
                    }
                }
                else if (entriesNext)
                {
                    entriesNext = false;
                    inEntries = SawEntries = reader.TokenType == JsonTokenType.StartArray;
                }
                else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                    inLog = reader.ValueTextEquals("log");
                else if (inLog && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
                    entriesNext = reader.ValueTextEquals("entries");
                else if (inEntries && reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 2)
                    (inEntries, Done) = (false, true);
            }
            state = reader.CurrentState;
            return (Found, (int)reader.BytesConsumed);
        }

        private void Add(Func<int, LogEntry> read)
        {
            Number++;
            var entry = read(Number);
            if (entry.Request is not null)
                index++;
            Found.Add(entry);
        }

        /// <summary>The entry is cut off at the end of the buffer: read it again once more of the file is in.</summary>
        private (List<LogEntry>, int) Rewind(JsonReaderState before, int start)
        {
            state = before;
            return (Found, start);
        }
    }

    private static LogEntry ReadEntry(JsonElement entry, int number, int index)
    {
        if (Member(entry, "request") is not { } request || Member(entry, "response") is not { } response)
            return LogEntry.Rejected(number, $"entry {number} has no request and response objects.");
        var post = Member(request, "postData");
        return LogEntry.From(number, index, Text(entry, "startedDateTime"), Text(request, "method"), Text(request, "url"), Text(response, "status"), Text(entry, "time"),
            post is { } data ? Text(data, "text") : "", Header(response, "Request-Id"), Header(response, "Retry-After"),
            Header(request, "Content-Type") ?? (post is { } sent ? Text(sent, "mimeType") : null));
    }

    /// <summary>An object member; null when it is missing or not an object (a hostile or broken export).</summary>
    private static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ValueKind switch
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
