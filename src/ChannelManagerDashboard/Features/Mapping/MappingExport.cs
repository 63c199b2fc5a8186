using System.Text.Encodings.Web;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>The mapping as a file a team can review outside the dashboard and import back: one row per combination.</summary>
public static class MappingExport
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Csv(PropertyProfileData profile, MappingState state) =>
        Formats.Csv.Write([MappingFile.CsvColumns, .. Rows(profile, state).Select(r => (IReadOnlyList<string>)
            [r.RatePlanCode, r.RatePlanName, r.SpaceTypeCode, r.SpaceTypeName, r.CmRateCode, r.CmRateName, r.CmRoomCode, r.CmRoomName, r.ExcludedReason, r.Status])]);

    /// <param name="about">Who and what the file is for, written at its top (ignored on import).</param>
    public static string Json(PropertyProfileData profile, MappingState state, ExportHeader about) =>
        JsonSerializer.Serialize(new
        {
            about.Format,
            about.Property,
            about.Connection,
            about.SnapshotId,
            about.SnapshotFetchedAt,
            about.ExportedAt,
            Catalog = new { state.Rooms, state.Rates },
            Combinations = Rows(profile, state),
        }, Indented);

    private static IEnumerable<ExportRow> Rows(PropertyProfileData profile, MappingState state)
    {
        var rates = profile.RatePlans.ToDictionary(r => r.Code, r => r.Name);
        var spaces = profile.SpaceTypes.ToDictionary(s => s.Code, s => s.Name);
        return MappingCoverage.Evaluate(profile, state).Combinations.Select(c => new ExportRow(
            c.RatePlanCode, rates.GetValueOrDefault(c.RatePlanCode, ""), c.SpaceTypeCode, spaces.GetValueOrDefault(c.SpaceTypeCode, ""),
            c.CmRate?.Code ?? "", c.CmRate?.Name ?? "", c.CmRoom?.Code ?? "", c.CmRoom?.Name ?? "", c.ExclusionReason ?? "", c.StatusText));
    }

    private sealed record ExportRow(
        string RatePlanCode, string RatePlanName, string SpaceTypeCode, string SpaceTypeName,
        string CmRateCode, string CmRateName, string CmRoomCode, string CmRoomName, string ExcludedReason, string Status);
}

/// <summary>The top of a JSON export: which property and configuration the mapping belongs to.</summary>
public sealed record ExportHeader(string Property, string Connection, int SnapshotId, DateTimeOffset SnapshotFetchedAt, DateTimeOffset ExportedAt)
{
    public string Format => "ChannelManagerDashboard mapping v1";
}
