using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Reservations.Scenarios;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>What the reservations tab shows for a project.</summary>
/// <param name="Live">The built-in simulator plays Mews for this project, so the page can wait for the CM's messages; otherwise only paste mode.</param>
/// <param name="Problem">Why no test can run yet (no connection, no configuration), with what to do.</param>
/// <param name="RefusesNext">The ERR-06 switch is on for the connection.</param>
/// <param name="OwnToken">The project's own simulator token for the connection, which its CM sends bookings with; null when it has none (yet).</param>
public sealed record ReservationsView(
    CertificationProject Project,
    MappingConnection? Connection,
    IReadOnlyList<ReservationScenario> Scenarios,
    IReadOnlyDictionary<string, HarnessRunSummary> Latest,
    IReadOnlyDictionary<string, TestRow> Tracker,
    bool Live,
    string? Problem,
    bool RefusesNext,
    Secret? OwnToken)
{
    /// <summary>The run is the test's newest and a person confirmed the half they check after it.</summary>
    public bool ConfirmedRun(string testId, int? runId) =>
        Tracker.GetValueOrDefault(testId) is { IsFinal: true } && runId is not null && Latest.GetValueOrDefault(testId)?.Id == runId;
}
