using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Formats;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// Reads the CM's catalog from CSV (columns kind, code, name; kind is "room" or "rate") or JSON
/// (<c>{"rooms":[{"code","name"}],"rates":[…]}</c>). Every bad row is reported, and a file with any is refused whole.
/// </summary>
public static class CatalogImport
{
    /// <returns>The entries, or every problem with the rows.</returns>
    public static Result<IReadOnlyList<CatalogEntry>> Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Result.InvalidWhole<IReadOnlyList<CatalogEntry>>(["There is nothing to import. Paste the catalog or choose a file."]);
        var trimmed = text.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? ParseJson(text) : ParseCsv(text);
    }

    private static Result<IReadOnlyList<CatalogEntry>> ParseCsv(string text)
    {
        var read = CsvTable.Read(text, ["kind", "code"], ["name"], ImportLimits.MaxRows);
        if (read.Value is not { } table)
            return Result.InvalidWhole<IReadOnlyList<CatalogEntry>>([read.Message]);
        return Check(table.Rows.Select(row => ($"Line {row.Line}", row["kind"], row["code"], row["name"])).ToList(), [.. table.Problems]);
    }

    private static Result<IReadOnlyList<CatalogEntry>> ParseJson(string text)
    {
        var parsed = JsonText.Parse(text);
        if (!parsed.Succeeded)
            return Result.InvalidWhole<IReadOnlyList<CatalogEntry>>([parsed.Message]);
        if (parsed.Value is not JsonObject catalog || (catalog["catalog"] is JsonObject nested ? nested : catalog) is not { } body
            || (body["rooms"] is null && body["rates"] is null))
            return Result.InvalidWhole<IReadOnlyList<CatalogEntry>>(["The JSON must be an object with \"rooms\" and \"rates\" arrays of {\"code\", \"name\"}."]);

        var rows = new List<(string, string, string, string)>();
        var problems = new List<string>();
        foreach (var kind in new[] { "rooms", "rates" })
        {
            if (body[kind] is null)
                continue;
            if (body[kind] is not JsonArray items)
            {
                problems.Add($"\"{kind}\" must be an array of {{\"code\", \"name\"}}.");
                continue;
            }
            if (items.Count > ImportLimits.MaxRows)
                return Result.InvalidWhole<IReadOnlyList<CatalogEntry>>([$"\"{kind}\" has {items.Count} entries; the limit is {ImportLimits.MaxRows}."]);
            for (var i = 0; i < items.Count; i++)
            {
                var where = $"{kind}[{i}]";
                if (items[i] is not JsonObject item || !JsonText.AreStringsOrMissing(item, ["code", "name"]))
                    problems.Add($"{where}: must be an object whose \"code\" and \"name\" are strings.");
                else
                    rows.Add((where, kind[..^1], JsonText.Text(item, "code"), JsonText.Text(item, "name")));
            }
        }
        return Check(rows, problems);
    }

    private static Result<IReadOnlyList<CatalogEntry>> Check(IReadOnlyList<(string Where, string Kind, string Code, string Name)> rows, List<string> problems)
    {
        var entries = new List<CatalogEntry>();
        var seen = new Dictionary<(CmCodeKind, string), string>();
        foreach (var (where, kindText, code, name) in rows)
        {
            if (!CmCodeKindNames.TryParse(kindText, out var kind))
            {
                problems.Add($"{where}: the kind is '{kindText}'; it must be 'room' or 'rate'.");
                continue;
            }
            if (CatalogRules.Check(code, name) is { Succeeded: false } refused)
            {
                problems.Add($"{where}: {refused.Message}");
                continue;
            }
            if (seen.TryGetValue((kind, code), out var first))
            {
                problems.Add($"{where}: {kind.Noun()} code {code} appears twice (also {first}). Keep one.");
                continue;
            }
            seen[(kind, code)] = where;
            entries.Add(new CatalogEntry(kind, code, name));
        }
        if (problems.Count == 0 && entries.Count == 0)
            problems.Add("The file has no rooms or rates. Add one row per code, with the kind room or rate.");
        return problems.Count > 0 ? Result.InvalidWhole<IReadOnlyList<CatalogEntry>>(problems) : Result.Of<IReadOnlyList<CatalogEntry>>(entries);
    }

}
