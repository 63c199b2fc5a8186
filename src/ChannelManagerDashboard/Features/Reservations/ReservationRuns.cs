using System.Text.Json;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.PlayMews;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>The group's earlier version as a passed run kept it, with the confirmation numbers Mews gave it.</summary>
public sealed record EarlierBooking(JsonElement Group, IReadOnlyDictionary<string, string> Numbers);

/// <summary>Reads the reservation tests' kept runs: the newest of each test, and the booking a later test changes.</summary>
public sealed class ReservationRuns(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<IReadOnlyDictionary<string, HarnessRunSummary>> LatestAsync(int projectId)
    {
        var ids = ReservationTest.All.Select(t => t.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        var runs = await db.SummariesOfAsync(projectId, ids);
        return runs.GroupBy(r => r.TestId).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The group's newest version that passed: the original's, or a modification's after it.</summary>
    public async Task<EarlierBooking?> EarlierVersionAsync(int projectId, ReservationTest test)
    {
        var family = ReservationTest.All.Where(t => t.Id == test.Original || (t.Original == test.Original && t.Kind == ReservationKind.Modification && t.Id != test.Id)).Select(t => t.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.NewestPassedVerdictAsync(projectId, family) is not { } result || result.Evidence.Count == 0)
            return null;
        try
        {
            using var document = JsonDocument.Parse(result.Evidence[0].RequestBody);
            var group = document.RootElement.Clone();
            var numbers = result.Evidence.Skip(1).FirstOrDefault(e => e.Label == ReservationEvidence.ConfirmLabel) is { } confirmed
                ? Numbers(confirmed.RequestBody)
                : new Dictionary<string, string>();
            return new EarlierBooking(group, numbers);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyDictionary<string, string> Numbers(string confirmation)
    {
        try
        {
            using var document = JsonDocument.Parse(confirmation);
            return ConfirmationRules.Numbers(document.RootElement);
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }
}
