using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Formats;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// A mapping file as exported by <see cref="MappingExport"/>, maybe edited by a reviewer: one row per combination.
/// Importing it sets every combination, space type and rate plan its rows mention (empty codes unmap, a reason excludes)
/// and keeps the rest; the JSON form also carries the catalog, which is merged first.
/// </summary>
public sealed class MappingFile
{
    public static readonly string[] CsvColumns =
        ["rate_plan_code", "rate_plan_name", "space_type_code", "space_type_name", "cm_rate_code", "cm_rate_name", "cm_room_code", "cm_room_name", "excluded_reason", "status"];

    private static readonly string[] RequiredCsvColumns = ["rate_plan_code", "space_type_code", "cm_rate_code", "cm_room_code"];

    private MappingFile(IReadOnlyList<CatalogEntry> catalog, IReadOnlyList<MappingRow> rows) => (Catalog, Rows) = (catalog, rows);

    public IReadOnlyList<CatalogEntry> Catalog { get; }
    public IReadOnlyList<MappingRow> Rows { get; }

    /// <returns>The file, or every problem that keeps it from being read.</returns>
    public static Result<MappingFile> Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Result.InvalidWhole<MappingFile>("The file is empty. Import a mapping exported from this page (CSV or JSON).");
        return text.TrimStart().StartsWith('{') ? ParseJson(text) : ParseCsv(text);
    }

    private static Result<MappingFile> ParseCsv(string text)
    {
        var optional = CsvColumns.Except(RequiredCsvColumns).ToList();
        var read = CsvTable.Read(text, RequiredCsvColumns, optional, ImportLimits.MaxRows);
        if (read.Value is not { } table)
            return Result.InvalidWhole<MappingFile>(read.Message);
        if (table.Problems.Count > 0)
            return Result.InvalidWhole<MappingFile>(table.Problems);
        return Result.Of(new MappingFile([], table.Rows.Select(r => new MappingRow($"Line {r.Line}",
            r["rate_plan_code"], r["space_type_code"], r["cm_rate_code"], r["cm_room_code"], r["excluded_reason"])).ToList()));
    }

    private static Result<MappingFile> ParseJson(string text)
    {
        var parsed = JsonText.Parse(text);
        if (!parsed.Succeeded)
            return Result.InvalidWhole<MappingFile>(parsed.Message);
        if (parsed.Value is not JsonObject body || body["combinations"] is not JsonArray combinations)
            return Result.InvalidWhole<MappingFile>("The JSON must be an object with a \"combinations\" array, as the dashboard exports it.");
        if (combinations.Count > ImportLimits.MaxRows)
            return Result.InvalidWhole<MappingFile>($"\"combinations\" has {combinations.Count} entries; the limit is {ImportLimits.MaxRows}.");

        var problems = new List<string>();
        IReadOnlyList<CatalogEntry> catalog = [];
        if (body["catalog"] is { } catalogJson && !IsEmptyCatalog(catalogJson))
        {
            var read = CatalogImport.Parse(catalogJson.ToJsonString());
            catalog = read.Value ?? [];
            problems.AddRange(read.Problems.Select(p => $"catalog: {p.Message}"));
        }
        var rows = new List<MappingRow>();
        string[] fields = ["ratePlanCode", "spaceTypeCode", "cmRateCode", "cmRoomCode", "excludedReason"];
        for (var i = 0; i < combinations.Count; i++)
        {
            if (combinations[i] is not JsonObject item || !JsonText.AreStringsOrMissing(item, fields))
                problems.Add($"combinations[{i}]: must be an object whose fields {string.Join(", ", fields)} are strings.");
            else
                rows.Add(new MappingRow($"combinations[{i}]", JsonText.Text(item, "ratePlanCode"), JsonText.Text(item, "spaceTypeCode"),
                    JsonText.Text(item, "cmRateCode"), JsonText.Text(item, "cmRoomCode"), JsonText.Text(item, "excludedReason")));
        }
        return problems.Count > 0 ? Result.InvalidWhole<MappingFile>(problems) : Result.Of(new MappingFile(catalog, rows));
    }

    /// <summary>An export of a mapping whose catalog is still empty (only exclusions, say) has <c>{"rooms":[],"rates":[]}</c>: nothing to merge, not a bad catalog.</summary>
    private static bool IsEmptyCatalog(JsonNode catalog) => catalog is JsonObject { Count: > 0 } lists && lists.All(p => p.Value is JsonArray { Count: 0 });

    /// <returns><paramref name="state"/> with the file's rows applied, or every problem with them.</returns>
    public Result<MappingState> ApplyTo(MappingState state, PropertyProfileData profile)
    {
        var (merged, _, _) = CatalogEntry.Merge(state, Catalog);
        var problems = new List<string>();
        var assigned = new Dictionary<CmCodeKind, Dictionary<string, (string Cm, string Where)>> { [CmCodeKind.Room] = [], [CmCodeKind.Rate] = [] };
        var exclusions = new List<Exclusion>();
        var seen = new Dictionary<(string, string), string>();
        foreach (var row in Rows)
        {
            var combination = $"{row.RatePlanCode} × {row.SpaceTypeCode}";
            if (!profile.IsSold(row.RatePlanCode, row.SpaceTypeCode))
            {
                problems.Add($"{row.Where}: {combination} is not a combination in the configuration this page shows. Remove the row, or fetch the configuration again in P5.");
                continue;
            }
            if (seen.TryGetValue((row.RatePlanCode, row.SpaceTypeCode), out var first))
            {
                problems.Add($"{row.Where}: {combination} appears twice (also {first}). Keep one row.");
                continue;
            }
            seen[(row.RatePlanCode, row.SpaceTypeCode)] = row.Where;
            Assign(CmCodeKind.Rate, row.RatePlanCode, row.CmRateCode, row.Where);
            Assign(CmCodeKind.Room, row.SpaceTypeCode, row.CmRoomCode, row.Where);
            if (row.ExcludedReason.Length > 0)
            {
                if (MappingRules.CanExclude(profile, row.RatePlanCode, row.SpaceTypeCode, row.ExcludedReason) is { Succeeded: false } refused)
                    problems.Add($"{row.Where}: {refused.Message}");
                else
                    exclusions.Add(new Exclusion(row.RatePlanCode, row.SpaceTypeCode, row.ExcludedReason));
            }
        }
        foreach (var (kind, map) in assigned)
        {
            foreach (var shared in map.Where(a => a.Value.Cm.Length > 0).GroupBy(a => a.Value.Cm).Where(g => g.Count() > 1))
            {
                problems.Add($"{shared.First().Value.Where}: CM {kind.Noun()} {shared.Key} receives {kind.MewsNoun()}s {string.Join(" and ", shared.Select(a => a.Key))}. " +
                    $"Two {kind.MewsNoun()}s on one CM {kind.Noun()} would overwrite each other's {kind.PushedData()}; give each its own.");
            }
        }
        if (problems.Count > 0)
            return Result.InvalidWhole<MappingState>(problems);
        return Result.Of(merged with
        {
            SpaceTypeRooms = Assignments(CmCodeKind.Room),
            RatePlanRates = Assignments(CmCodeKind.Rate),
            Exclusions = [.. merged.Exclusions.Where(e => !seen.ContainsKey((e.RatePlanCode, e.SpaceTypeCode))), .. exclusions],
        });

        // What no row mentions (a Mews code without combinations, an orphan, an unlisted exclusion) stays as it was.
        Dictionary<string, string> Assignments(CmCodeKind kind) =>
            merged.Assignments(kind).Where(a => !assigned[kind].ContainsKey(a.Key))
                .Concat(assigned[kind].Where(a => a.Value.Cm.Length > 0).Select(a => KeyValuePair.Create(a.Key, a.Value.Cm)))
                .ToDictionary();

        void Assign(CmCodeKind kind, string mewsCode, string cmCode, string where)
        {
            if (cmCode.Length > 0 && !merged.HasCode(kind, cmCode))
                problems.Add($"{where}: CM {kind.Noun()} {cmCode} is not in your catalog. Add it to the catalog first (the JSON export carries the catalog with it).");
            else if (assigned[kind].TryGetValue(mewsCode, out var earlier) && earlier.Cm != cmCode)
                problems.Add($"{where}: {kind.MewsNoun()} {mewsCode} goes to CM {kind.Noun()} '{cmCode}' here but '{earlier.Cm}' on {earlier.Where}. " +
                    $"A {kind.MewsNoun()} has one CM {kind.Noun()}: make the rows agree.");
            else
                assigned[kind][mewsCode] = (cmCode, where);
        }
    }

}
