using ChannelManagerDashboard.Formats;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// A CSV log with the JSON Lines columns as its header (timeUtc, method, url, status, durationMs, requestBody, …), in
/// any order. Read record by record, so a log of any length takes the memory of one record.
/// </summary>
public static class CsvLog
{
    private static readonly string[] Required = ["timeUtc", "method", "url", "status", "durationMs", "requestBody"];

    public static IEnumerable<LogEntry> Read(TextReader reader)
    {
        Dictionary<string, int>? columns = null;
        var index = 0;
        foreach (var read in Csv.Read(reader))
        {
            if (read.Value is not { } record)
            {
                yield return LogEntry.Rejected(0, read.Message);
                yield break;
            }
            if (columns is null)
            {
                columns = record.Fields.Select((name, i) => (name: name.Trim(), i)).DistinctBy(c => c.name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(c => c.name, c => c.i, StringComparer.OrdinalIgnoreCase);
                if (Required.Where(c => !columns.ContainsKey(c)).ToList() is { Count: > 0 } missing)
                {
                    yield return LogEntry.Rejected(record.Line, $"the header lacks {string.Join(", ", missing)}; the first line names the columns: {string.Join(",", Required)}.");
                    yield break;
                }
                continue;
            }
            var fields = record.Fields;
            string? Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i] : null;
            var entry = LogEntry.From(record.Line, index, Field("timeUtc"), Field("method"), Field("url"), Field("status"), Field("durationMs"), Field("requestBody"),
                Field("requestId"), Field("retryAfter"), Field("contentType"));
            if (entry.Request is not null)
                index++;
            yield return entry;
        }
    }
}
