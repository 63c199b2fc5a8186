using ChannelManagerDashboard.Features.Projects;

namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>A snapshot in the history list, without its JSON.</summary>
public sealed record SnapshotSummary(
    int Id, MewsEnvironment Environment, string ConnectionLabel, DateTimeOffset FetchedAt, string FetchedBy,
    int SpaceTypeCount, int RatePlanCount, int MappingCount);
