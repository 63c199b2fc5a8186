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
        var records = new List<CsvRecord>();
        foreach (var (record, problem) in Read(new StringReader(text)))
        {
            if (problem is not null)
                return ([], problem);
            records.Add(record!);
        }
        return (records, null);
    }

    /// <summary>
    /// Reads record by record, so a file of any length takes the memory of its longest record. Stops after the first
    /// problem, which is the last item.
    /// </summary>
    /// <summary>A field longer than this is not a spreadsheet cell: an unclosed quote has swallowed the file.</summary>
    public const int MaxFieldChars = 16 * 1024 * 1024;

    public static IEnumerable<(CsvRecord? Record, string? Problem)> Read(TextReader reader)
    {
        var firstLine = new StringBuilder();
        int next;
        while ((next = reader.Read()) >= 0)
        {
            firstLine.Append((char)next);
            if (next == '\n')
                break;
        }
        var head = firstLine.ToString();
        // Spreadsheets paste with tabs; European Excel saves "CSV" with semicolons.
        var delimiter = head.Contains(',') ? ',' : head.Contains('\t') ? '\t' : head.Contains(';') ? ';' : ',';
        var position = 0;
        int Take() => position < head.Length ? head[position++] : reader.Read();
        int Peek() => position < head.Length ? head[position] : reader.Peek();

        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, quoted, fieldWasQuoted) = (1, 1, false, false);
        int c;
        while ((c = Take()) >= 0)
        {
            if (quoted)
            {
                if (c == '"' && Peek() == '"')
                {
                    field.Append('"');
                    Take();
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append((char)c);
                    if (field.Length > MaxFieldChars)
                    {
                        yield return (null, $"Line {recordLine}: a quoted field runs past {MaxFieldChars / 1024 / 1024} M characters; a quote is probably never closed. Check the quotes on that line.");
                        yield break;
                    }
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
                if (c == '\r' && Peek() == '\n')
                    Take();
                fields.Add(Unescape(field.ToString(), fieldWasQuoted));
                if (fields.Count > 1 || fields[0].Length > 0 || fieldWasQuoted)
                    yield return (new CsvRecord(recordLine, [.. fields]), null);
                (fields, field, fieldWasQuoted) = ([], new StringBuilder(), false);
                recordLine = ++line;
            }
            else if (fieldWasQuoted)
            {
                yield return (null, $"Line {line}: text follows a closing quote. Put the whole field in quotes and double any quote inside it (\"\").");
                yield break;
            }
            else if (field.Length >= MaxFieldChars)
            {
                yield return (null, $"Line {line}: a field runs past {MaxFieldChars / 1024 / 1024} M characters; this is not a CSV log.");
                yield break;
            }
            else
                field.Append((char)c);
        }
        if (quoted)
        {
            yield return (null, $"Line {recordLine}: a quoted field is never closed. Check the quotes on that line.");
            yield break;
        }
        fields.Add(Unescape(field.ToString(), fieldWasQuoted));
        if (fields.Count > 1 || fields[0].Length > 0 || fieldWasQuoted)
            yield return (new CsvRecord(recordLine, [.. fields]), null);
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
