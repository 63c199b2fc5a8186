namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>The result of fetching one connection's configuration: the stored snapshot, or why nothing was stored.</summary>
/// <param name="Warning">A partial failure: the configuration was stored but Get channels failed.</param>
/// <param name="Notices">Side effects, such as a step the dashboard ticked.</param>
public sealed record FetchOutcome(int? SnapshotId, string? Error, string? Warning, IReadOnlyList<string> Notices)
{
    public static FetchOutcome Failed(string error) => new(null, error, null, []);
}
