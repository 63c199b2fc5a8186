namespace ChannelManagerDashboard.Features.Health;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Below this much free space on the data folder's disk, /healthz answers 503: saves are about to fail.</summary>
    public long MinimumFreeBytes { get; set; } = 100L * 1024 * 1024;

    public string? Problem() => MinimumFreeBytes < 0 ? "MinimumFreeBytes must not be negative." : null;
}
