using System.Text.Json;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>One test as it stood when a call's outcome was recorded: kept, because a fail clears the live results.</summary>
/// <param name="UpdatedAt">Null when the test had no result stored (it was never recorded).</param>
/// <param name="NeedsHumanCheck">An automatic pass still waiting for a person's check (false in records kept before it was stored).</param>
public sealed record OutcomeRecord(
    string TestId, TestStatus Status, string Notes, string UpdatedBy, DateTimeOffset? UpdatedAt, string CheckedBy, string Minutes, string Remarks,
    bool NeedsHumanCheck = false, DateTimeOffset? CheckedAt = null)
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
            notes.GetValueOrDefault(r.Test.Id)?.Minutes ?? "", notes.GetValueOrDefault(r.Test.Id)?.Remarks ?? "", r.NeedsHumanCheck, r.CheckedAt)).ToList();

    /// <summary>The stored result this record was taken from; null when the test had none.</summary>
    public TestRecord? ToTestRecord(int projectId) => UpdatedAt is { } at
        ? new TestRecord
        {
            ProjectId = projectId, TestId = TestId, Status = Status, Notes = Notes, NeedsHumanCheck = NeedsHumanCheck,
            CheckedBy = CheckedBy, CheckedAt = CheckedBy.Length > 0 ? CheckedAt ?? at : null, UpdatedBy = UpdatedBy, UpdatedAt = at,
        }
        : null;

    /// <summary>The call note this record was taken from; null when nothing was said about the test.</summary>
    public CallNote? ToCallNote(int projectId, string who, DateTimeOffset now) => Minutes.Length > 0 || Remarks.Length > 0
        ? new CallNote { ProjectId = projectId, TestId = TestId, Minutes = Minutes, Remarks = Remarks, UpdatedBy = who, UpdatedAt = now }
        : null;
}
