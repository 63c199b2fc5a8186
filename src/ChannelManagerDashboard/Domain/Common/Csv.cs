using System.Text;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>
/// RFC 4180 CSV, as spreadsheets write it: quoted fields may hold the delimiter, quotes and line breaks. Text pasted
/// from a spreadsheet is tab-separated, so a header line with a tab and no comma is read with tabs.
/// </summary>
public static class Csv
{
    /// <summary>Cells a spreadsheet would run as a formula are written with a leading apostrophe (CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <returns>Each record with the line it starts on (1-based), blank lines left out; or why the text is not CSV.</returns>
    public static (IReadOnlyList<CsvRecord> Records, string? Problem) Parse(string text)
    {
        var newline = text.IndexOf('\n');
        var firstLine = newline >= 0 ? text[..newline] : text;
        // Spreadsheets paste with tabs; European Excel saves "CSV" with semicolons.
        var delimiter = firstLine.Contains(',') ? ',' : firstLine.Contains('\t') ? '\t' : firstLine.Contains(';') ? ';' : ',';
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, quoted, fieldWasQuoted) = (1, 1, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !fieldWasQuoted)
                (quoted, fieldWasQuoted) = (true, true);
            else if (c == delimiter)
            {
                fields.Add(Unescape(field.ToString(), fieldWasQuoted));
                (field, fieldWasQuoted) = (new StringBuilder(), false);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                fields.Add(Unescape(field.ToString(), fieldWasQuoted));
                if (fields.Count > 1 || fields[0].Length > 0 || fieldWasQuoted)
                    records.Add(new CsvRecord(recordLine, [.. fields]));
                (fields, field, fieldWasQuoted) = ([], new StringBuilder(), false);
                recordLine = ++line;
            }
            else if (fieldWasQuoted)
                return ([], $"Line {line}: text follows a closing quote. Put the whole field in quotes and double any quote inside it (\"\").");
            else
                field.Append(c);
        }
        if (quoted)
            return ([], $"Line {recordLine}: a quoted field is never closed. Check the quotes on that line.");
        fields.Add(Unescape(field.ToString(), fieldWasQuoted));
        if (fields.Count > 1 || fields[0].Length > 0 || fieldWasQuoted)
            records.Add(new CsvRecord(recordLine, [.. fields]));
        return (records, null);
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
            text.Append(string.Join(',', row.Select(Escape))).Append("\r\n");
        return text.ToString();
    }

    private static string Escape(string value)
    {
        if (value.TrimStart(' ') is { Length: > 0 } start && FormulaStarts.Contains(start[0]))
            value = "'" + value;
        // Unquoted fields are trimmed when read, so edge spaces survive only in quotes.
        var quote = value.IndexOfAny([',', '"', '\r', '\n', '\t']) >= 0 || value != value.Trim();
        return quote ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    /// <summary>Reverses the apostrophe <see cref="Write"/> adds, so an exported file imports unchanged.</summary>
    private static string Unescape(string value, bool quoted)
    {
        var trimmed = quoted ? value : value.Trim();
        return trimmed.Length > 1 && trimmed[0] == '\'' && trimmed[1..].TrimStart(' ') is { Length: > 0 } rest && FormulaStarts.Contains(rest[0])
            ? trimmed[1..]
            : trimmed;
    }
}

/// <param name="Line">The line the record starts on, for row-level messages.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
