namespace ChannelManagerDashboard.Features.ConnectorReview;

public enum LogFormat
{
    Har,
    JsonLines,
    Csv,
}

/// <summary>Opens an imported log in its format as a sequence of requests and bad lines.</summary>
public static class ConnectorLog
{
    /// <returns>The format named on the command line or in the import form (har, jsonl, csv); null for anything else.</returns>
    public static LogFormat? ParseFormat(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "har" => LogFormat.Har,
        "jsonl" or "json lines" or "ndjson" => LogFormat.JsonLines,
        "csv" => LogFormat.Csv,
        _ => null,
    };

    /// <summary>The format a file name suggests, for the import form's default.</summary>
    public static LogFormat? FromFileName(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".har" => LogFormat.Har,
        ".jsonl" or ".ndjson" or ".log" => LogFormat.JsonLines,
        ".csv" => LogFormat.Csv,
        _ => null,
    };

    /// <summary>Every format is read as a stream, one request at a time: a log of any length takes the memory of one request.</summary>
    public static IEnumerable<LogEntry> Read(Stream stream, LogFormat format) => format switch
    {
        LogFormat.Har => HarLog.Read(stream),
        LogFormat.Csv => CsvLog.Read(new StreamReader(stream, leaveOpen: true)),
        _ => JsonLinesLog.Read(new StreamReader(stream, leaveOpen: true)),
    };
}

public static class LogFormatLabels
{
    public static string Label(this LogFormat format) => format switch
    {
        LogFormat.Har => "HAR 1.2",
        LogFormat.JsonLines => "JSON Lines",
        _ => "CSV",
    };
}
