using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.Reservations.Scenarios;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>Loads what the reservations tab shows: the scenarios, their newest runs and tracker rows, and the simulator's state for the connection.</summary>
public sealed class ReservationsViewLoader(
    ReservationSetup setup,
    ReservationRuns runs,
    TestTrackerService tracker,
    ConnectionService connections,
    MewsSimulator.MewsSimulator simulator,
    MewsBaseUrls baseUrls)
{
    public async Task<ReservationsView?> LoadAsync(int projectId)
    {
        if (await setup.LoadAsync(projectId) is not { } loaded)
            return null;
        var mapping = loaded.Mapping;
        var scenarios = mapping.Profile is { } profile ? ScenarioBuilder.All(setup.Inputs(projectId, profile, loaded)) : [];
        var latest = await runs.LatestAsync(projectId);
        var rows = (await tracker.ListAsync(projectId)).Where(r => ReservationTest.Find(r.Test.Id) is not null).ToDictionary(r => r.Test.Id);
        var live = baseUrls.IsThisApp(mapping.Project.Environment);
        var tokens = mapping.Connection is { } connection ? (await connections.TokensForAsync(projectId, connection.Id)).Value : null;
        var own = live && tokens is not null && simulator.Connections.IsProjects(projectId, tokens.ConnectionToken.Reveal()) ? tokens.ConnectionToken : null;
        return new ReservationsView(mapping.Project, mapping.Connection, scenarios, latest, rows, live, mapping.Problem,
            tokens is not null && simulator.Bookings.RefusesNext(tokens.ConnectionToken.Reveal()), own);
    }
}
