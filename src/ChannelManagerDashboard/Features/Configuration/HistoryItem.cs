namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>A snapshot as the pickers list it.</summary>
public sealed record HistoryItem(SnapshotSummary Summary)
{
    public int Id => Summary.Id;

    public string Label => $"#{Summary.Id} · {Summary.FetchedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC · {Summary.Environment} · {Summary.ConnectionLabel}";
}
