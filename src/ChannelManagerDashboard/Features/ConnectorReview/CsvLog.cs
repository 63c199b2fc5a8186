using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>A CSV log with the JSON Lines columns as its header (timeUtc, method, url, status, durationMs, requestBody, …), in any order.</summary>
public static class CsvLog
{
    private static readonly string[] Required = ["timeUtc", "method", "url", "status", "durationMs", "requestBody"];

    public static IEnumerable<LogEntry> Read(string text)
    {
        var (records, problem) = Csv.Parse(text);
        if (problem is not null)
        {
            yield return LogEntry.Rejected(0, problem);
            yield break;
        }
        if (records.Count == 0)
            yield break;
        var columns = records[0].Fields.Select((name, i) => (name: name.Trim(), i)).ToDictionary(c => c.name, c => c.i, StringComparer.OrdinalIgnoreCase);
        if (Required.Where(c => !columns.ContainsKey(c)).ToList() is { Count: > 0 } missing)
        {
            yield return LogEntry.Rejected(records[0].Line, $"the header lacks {string.Join(", ", missing)}; the first line names the columns: {string.Join(",", Required)}.");
            yield break;
        }
        var index = 0;
        foreach (var record in records.Skip(1))
        {
            string? Field(string name) => columns.TryGetValue(name, out var i) && i < record.Fields.Count ? record.Fields[i] : null;
            var entry = LogEntry.From(record.Line, index, Field("timeUtc"), Field("method"), Field("url"), Field("status"), Field("durationMs"), Field("requestBody"),
                Field("requestId"), Field("retryAfter"), Field("contentType"));
            if (entry.Call is not null)
                index++;
            yield return entry;
        }
    }
}
