using System.Text;
using ChannelManagerDashboard.Domain.Common;
using nietras.SeparatedValues;

namespace ChannelManagerDashboard.Formats;

/// <summary>
/// RFC 4180 CSV, as spreadsheets write it, read and written through Sep: quoted fields may hold the delimiter, quotes
/// and line breaks. Text pasted from a spreadsheet is tab-separated, so a header line with a tab and no comma is read
/// with tabs. Cells a spreadsheet would run as a formula are written with a leading apostrophe (CSV injection).
/// </summary>
public static class Csv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <returns>Each record with the line it starts on (1-based), blank lines left out; or why the text is not CSV.</returns>
    public static Result<IReadOnlyList<CsvRecord>> Parse(string text)
    {
        var records = new List<CsvRecord>();
        foreach (var record in Read(new StringReader(text)))
        {
            if (!record.Succeeded)
                return record.As<IReadOnlyList<CsvRecord>>();
            records.Add(record.Value!);
        }
        return Result.Of<IReadOnlyList<CsvRecord>>(records);
    }

    /// <summary>
    /// Reads record by record, so a file of any length takes the memory of its longest record. Stops after the first
    /// problem, which is the last item.
    /// </summary>
    public static IEnumerable<Result<CsvRecord>> Read(TextReader reader)
    {
        var head = FirstLine(reader);
        // Spreadsheets paste with tabs; European Excel saves "CSV" with semicolons.
        var delimiter = head.Contains(',') ? ',' : head.Contains('\t') ? '\t' : head.Contains(';') ? ';' : ',';
        using var rows = Sep.New(delimiter).Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).From(new PrefixedReader(head, reader));
        var nextLine = 1;
        while (true)
        {
            Result<CsvRecord>? record = null;
            var more = true;
            try
            {
                more = rows.MoveNext();
                if (more)
                {
                    record = Record(rows.Current);
                    nextLine = rows.Current.LineNumberToExcl;
                }
            }
            catch (NotSupportedException)
            {
                // Sep refuses a record longer than it buffers: an unclosed quote has swallowed the rest of the file.
                record = Problem($"Line {nextLine}: a quoted field runs past the longest record a spreadsheet writes; a quote is probably never closed. Check the quotes on that line.");
            }
            if (!more)
                yield break;
            if (record is null)
                continue;
            yield return record;
            if (!record.Succeeded)
                yield break;
        }
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter { NewLine = "\r\n" };
        // The cells are quoted here (Sep quotes neither edge spaces nor tabs, which a read would lose), so Sep writes them as they are.
        using (var csv = Sep.New(',').Writer(o => o with { WriteHeader = false, DisableColCountCheck = true, ColNotSetOption = SepColNotSetOption.Skip }).To(text))
        {
            foreach (var row in rows)
            {
                using var line = csv.NewRow();
                for (var i = 0; i < row.Count; i++)
                    line[i].Set(Escape(row[i]));
            }
        }
        return text.ToString();
    }

    /// <returns>The record; null for a blank line; a failure when a quoted field is broken.</returns>
    private static Result<CsvRecord>? Record(SepReader.Row row)
    {
        if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
            return null;
        var fields = new string[row.ColCount];
        var first = StartLine(row);
        var line = first;
        for (var i = 0; i < fields.Length; i++)
        {
            var raw = row[i].Span;
            if (raw.IsEmpty || raw[0] != '"')
                fields[i] = Unescape(raw.Trim().ToString());
            else if (Unquote(raw) is not { } quoted)
                return Problem($"Line {first}: a quoted field is never closed. Check the quotes on that line.");
            else if (quoted.After > 0)
                return Problem($"Line {line + quoted.Lines}: text follows a closing quote. Put the whole field in quotes and double any quote inside it (\"\").");
            else
                fields[i] = Unescape(quoted.Value);
            line += raw.Count('\n');
        }
        return Result.Of(new CsvRecord(first, fields));
    }

    /// <summary>Sep numbers the first row as starting on line 2 when it is not a header; it starts on line 1.</summary>
    private static int StartLine(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    /// <returns>The quoted field's text, how many lines it spans to its closing quote, and how many characters follow that quote; null when it is never closed.</returns>
    private static (string Value, int Lines, int After)? Unquote(ReadOnlySpan<char> quoted)
    {
        var value = new StringBuilder();
        var lines = 0;
        for (var i = 1; i < quoted.Length; i++)
        {
            if (quoted[i] == '"' && i + 1 < quoted.Length && quoted[i + 1] == '"')
            {
                value.Append('"');
                i++;
            }
            else if (quoted[i] == '"')
                return (value.ToString(), lines, quoted.Length - i - 1);
            else
            {
                lines += quoted[i] == '\n' ? 1 : 0;
                value.Append(quoted[i]);
            }
        }
        return null;
    }

    private static Result<CsvRecord> Problem(string message) => Result.Invalid(Result.Whole, message).As<CsvRecord>();

    private static string FirstLine(TextReader reader)
    {
        var line = new StringBuilder();
        int next;
        while ((next = reader.Read()) >= 0)
        {
            line.Append((char)next);
            if (next == '\n')
                break;
        }
        return line.ToString();
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
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1..].TrimStart(' ') is { Length: > 0 } rest && FormulaStarts.Contains(rest[0])
            ? value[1..]
            : value;

    /// <summary>The first line, already read to choose the delimiter, then the rest of the text.</summary>
    private sealed class PrefixedReader(string head, TextReader rest) : TextReader
    {
        private int position;

        public override int Peek() => position < head.Length ? head[position] : rest.Peek();

        public override int Read() => position < head.Length ? head[position++] : rest.Read();

        public override int Read(Span<char> buffer)
        {
            if (position >= head.Length)
                return rest.Read(buffer);
            var count = Math.Min(buffer.Length, head.Length - position);
            head.AsSpan(position, count).CopyTo(buffer);
            position += count;
            return count;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
    }
}

/// <param name="Line">The line the record starts on, for row-level messages.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
