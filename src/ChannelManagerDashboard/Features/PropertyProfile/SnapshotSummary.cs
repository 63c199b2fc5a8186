using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>A snapshot in the history list, without its JSON.</summary>
public sealed record SnapshotSummary(
    int Id, MewsEnvironment Environment, string ConnectionLabel, DateTimeOffset FetchedAt, string FetchedBy,
    int SpaceTypeCount, int RatePlanCount, int InventoryMappingCount)
{
    /// <summary>How the snapshot pickers list it.</summary>
    public string Label => $"#{Id} · {FetchedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC · {Environment.Label()} · {ConnectionLabel}";
}
