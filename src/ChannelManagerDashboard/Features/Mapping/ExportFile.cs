using System.Text;

namespace ChannelManagerDashboard.Features.Mapping;

public enum ExportFormat
{
    Csv,
    Json,
}

/// <summary>A mapping export as the browser downloads it.</summary>
public sealed record ExportFile(string Text, string FileName, ExportFormat Format)
{
    public string ContentType => Format == ExportFormat.Json ? "application/json" : "text/csv";

    /// <summary>The CSV starts with a byte order mark, so spreadsheets read the names' accents as UTF-8.</summary>
    public byte[] Bytes() => Format == ExportFormat.Csv ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)] : Encoding.UTF8.GetBytes(Text);
}
