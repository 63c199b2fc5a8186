using System.Text.Json;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.Reservations.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>A project's mapping with the channels of its profile snapshot.</summary>
public sealed record LoadedProject(MappingView Mapping, IReadOnlyList<MewsChannel> Channels);

/// <summary>What judging a test needs: the connection's profile and channels, and the earlier version of the group.</summary>
public sealed record PreparedTest(CertificationProject Project, int? ConnectionId, BookingContext Booking, JsonElement? Previous, IReadOnlyDictionary<string, string> OriginalNumbers);

/// <summary>Loads what a reservation test stands on and says what is missing: the project, its tokens on the simulator, the earlier booking.</summary>
public sealed class ReservationSetup(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MappingService mappings,
    ConnectionService connections,
    MewsSimulator.MewsSimulator simulator,
    MewsBaseUrls baseUrls,
    ReservationRuns runs,
    TimeProvider clock)
{
    /// <summary>Why a live test does not wait on a connection whose token is one of the seed's, which anyone may read.</summary>
    public const string PublicTokenProblem = "This project's connection has the simulator's public example token, which anyone can send bookings with. " +
        "In P4, press Get properties and pick the connection again: the project then gets a token of its own for your channel manager to send its bookings with.";

    /// <returns>Null when the project does not exist.</returns>
    public async Task<LoadedProject?> LoadAsync(int projectId)
    {
        var mapping = await mappings.LoadAsync(projectId, null);
        if (mapping is null)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var channelsJson = await db.SnapshotChannelsJsonAsync(mapping.SnapshotId);
        return new LoadedProject(mapping, SnapshotChannels.Parse(channelsJson ?? "") ?? []);
    }

    public async Task<Result<PreparedTest>> PrepareAsync(int projectId, ReservationTest test, LoadedProject? loaded)
    {
        if (loaded is not var (mapping, channels))
            return Result.ProjectMissing(projectId).As<PreparedTest>();
        if (mapping.Profile is not { } profile)
            return Result.Invalid(Result.Whole, mapping.Problem ?? "Fetch the property's configuration first (P5).").As<PreparedTest>();
        var booking = BookingContext.From(profile, channels.Select(c => c.Code));
        if (test.Original is null)
            return Result.Of(new PreparedTest(mapping.Project, mapping.Connection?.Id, booking, null, new Dictionary<string, string>()));
        if (await runs.EarlierVersionAsync(projectId, test) is not { } earlier)
            return Result.Invalid(Result.Whole, $"{test.Id} {(test.Kind == ReservationKind.Cancellation ? "cancels" : "modifies")} the {test.Original} booking: pass {test.Original} first, so the dashboard has the booking to compare with.").As<PreparedTest>();
        return Result.Of(new PreparedTest(mapping.Project, mapping.Connection?.Id, booking, earlier.Group, earlier.Numbers));
    }

    public async Task<Result<ConnectionTokens>> LiveTokensAsync(int projectId) => await LiveTokensAsync(projectId, await mappings.LoadAsync(projectId, null));

    /// <param name="mapping">The project's mapping view, loaded by the caller; null when the project does not exist.</param>
    public async Task<Result<ConnectionTokens>> LiveTokensAsync(int projectId, MappingView? mapping)
    {
        if (mapping is null)
            return Result.ProjectMissing(projectId).As<ConnectionTokens>();
        if (!baseUrls.IsThisApp(mapping.Project.Environment))
            return Result.Invalid(Result.Whole, "Only the built-in simulator can receive your channel manager's bookings. Against Mews Demo, paste the Process group and the Confirm booking instead.").As<ConnectionTokens>();
        if (mapping.Connection is not { } connection)
            return Result.Invalid(Result.Whole, mapping.Problem ?? "Pick a connection in P4 first.").As<ConnectionTokens>();
        var tokens = await connections.TokensForAsync(projectId, connection.Id);
        // A public seed token would let anyone's booking pass for this project's.
        return tokens.Value is { } found && !simulator.Connections.IsProjects(projectId, found.ConnectionToken.Reveal())
            ? Result.Invalid(Result.Whole, PublicTokenProblem).As<ConnectionTokens>()
            : tokens;
    }

    public ScenarioInputs Inputs(int projectId, PropertyProfileData profile, LoadedProject loaded) => new(
        projectId, profile, HarnessScope.MappedIn(profile, loaded.Mapping.State),
        loaded.Mapping.State.Assignments(CmCodeKind.Room), loaded.Mapping.State.Assignments(CmCodeKind.Rate), loaded.Channels,
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
