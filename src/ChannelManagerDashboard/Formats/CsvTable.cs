using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Formats;

/// <summary>A CSV file with a header row, read by column name so the columns may come in any order.</summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvRow> rows, IReadOnlyList<string> problems) => (Rows, Problems) = (rows, problems);

    /// <summary>The rows that fit the header.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>One message per row with more fields than the header names.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <param name="required">Columns that must be in the header.</param>
    /// <param name="optional">Columns that may be; any other column refuses the file, so a misspelt one is not silently ignored.</param>
    /// <returns>The table, or why the file cannot be read (its rows are then not looked at).</returns>
    public static Result<CsvTable> Read(string text, IReadOnlyList<string> required, IReadOnlyList<string> optional, int maxRows)
    {
        var parsed = Csv.Parse(text);
        if (!parsed.Succeeded)
            return parsed.As<CsvTable>();
        var records = parsed.Value!;
        if (records.Count == 0)
            return Refused($"The file is empty. The first line must name the columns: {string.Join(", ", required.Concat(optional))}.");
        if (records.Count - 1 > maxRows)
            return Refused($"The file has {records.Count - 1} rows; the limit is {maxRows}. Split it into smaller files.");

        var header = records[0].Fields.Select(Normalize).ToList();
        var known = required.Concat(optional).ToDictionary(Normalize);
        var unknown = header.Where(h => !known.ContainsKey(h)).ToList();
        var missing = required.Where(r => !header.Contains(Normalize(r))).ToList();
        var repeated = header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || repeated.Count > 0)
        {
            return Refused("The first line must name the columns " + string.Join(", ", required) +
                (optional.Count > 0 ? $" (optionally {string.Join(", ", optional)})" : "") + $"; it has {Few(records[0].Fields, "'")}." +
                (missing.Count > 0 ? $" Missing: {string.Join(", ", missing)}." : "") +
                (unknown.Count > 0 ? $" Unknown: {Few(unknown)}." : "") +
                (repeated.Count > 0 ? $" Repeated: {Few(repeated)}." : ""));
        }

        var names = header.Select(h => known[h]).ToList();
        var body = records.Skip(1).ToList();
        var rows = body.Where(r => r.Fields.Count <= names.Count)
            .Select(r => new CsvRow(r.Line, names.Select((name, i) => (name, value: i < r.Fields.Count ? r.Fields[i] : "")).ToDictionary(p => p.name, p => p.value)))
            .ToList();
        var problems = body.Where(r => r.Fields.Count > names.Count)
            .Select(r => $"Line {r.Line}: {r.Fields.Count} fields, but the header names {names.Count}. Put a field that contains a comma in quotes.")
            .ToList();
        return Result.Of(new CsvTable(rows, problems));
    }

    private static Result<CsvTable> Refused(string problem) => Result.Invalid(Result.Whole, problem).As<CsvTable>();

    /// <summary>The first few header fields, each cut short, so a file that is not CSV at all does not come back as a megabyte-long message.</summary>
    private static string Few(IEnumerable<string> names, string quote = "")
    {
        const int maxListed = 12, maxLength = 40;
        var listed = names.Take(maxListed + 1).ToList();
        return string.Join(", ", listed.Take(maxListed).Select(n => quote + (n.Length > maxLength ? n[..maxLength] + "…" : n) + quote)) +
            (listed.Count > maxListed ? ", …" : "");
    }

    /// <summary>"Rate plan code", "rate_plan_code" and "RatePlanCode" name the same column.</summary>
    private static string Normalize(string column) => new(column.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}

public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values.GetValueOrDefault(column) ?? "";
}
