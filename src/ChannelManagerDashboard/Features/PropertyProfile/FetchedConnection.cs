using ChannelManagerDashboard.Features.PropertyConnections;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>A connection picked in P4, with what P5 fetched of it.</summary>
public sealed record FetchedConnection(ChosenConnection Connection, DateTimeOffset? LastFetchedAt, int SnapshotCount);
