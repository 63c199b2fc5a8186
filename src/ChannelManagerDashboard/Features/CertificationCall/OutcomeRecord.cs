using System.Text.Json;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>One test as it stood when a call's outcome was recorded: kept, because a fail clears the live results.</summary>
public sealed record OutcomeRecord(
    string TestId, TestStatus Status, string Notes, string UpdatedBy, DateTimeOffset? UpdatedAt, string CheckedBy, string Minutes, string Remarks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IEnumerable<OutcomeRecord> records) => JsonSerializer.Serialize(records, Json);

    /// <returns>The records, or none when the stored text is not what <see cref="Write"/> wrote.</returns>
    public static IReadOnlyList<OutcomeRecord> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<OutcomeRecord>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static IReadOnlyList<OutcomeRecord> From(IEnumerable<TestRow> rows, IReadOnlyDictionary<string, CallNote> notes) =>
        rows.Select(r => new OutcomeRecord(r.Test.Id, r.Status, r.Notes, r.UpdatedBy, r.UpdatedAt, r.CheckedBy,
            notes.GetValueOrDefault(r.Test.Id)?.Minutes ?? "", notes.GetValueOrDefault(r.Test.Id)?.Remarks ?? "")).ToList();
}
