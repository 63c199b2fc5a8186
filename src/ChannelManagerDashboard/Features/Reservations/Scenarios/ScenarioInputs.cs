using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.Reservations.Scenarios;

/// <summary>What scenarios are built from: the connection's configuration, what the team mapped, the channels and the day.</summary>
/// <param name="Mapped">The combinations mapped in the dashboard; empty when nothing is mapped yet (the configuration's are used).</param>
/// <param name="CmRooms">Mews space type code → the CM's room code, as the mapping assigns them.</param>
/// <param name="CmRates">Mews rate plan code → the CM's rate code.</param>
public sealed record ScenarioInputs(
    int ProjectId, PropertyProfileData Profile, IReadOnlyList<Combination> Mapped,
    IReadOnlyDictionary<string, string> CmRooms, IReadOnlyDictionary<string, string> CmRates, IReadOnlyList<MewsChannel> Channels, DateOnly Today);
