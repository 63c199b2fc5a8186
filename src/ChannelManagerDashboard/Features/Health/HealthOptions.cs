using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Health;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Below this much free space on the data folder's disk, /healthz answers 503: saves are about to fail.</summary>
    public long MinimumFreeBytes { get; set; } = 100L * 1024 * 1024;

    public Result Validate() => MinimumFreeBytes < 0 ? Result.Invalid(nameof(MinimumFreeBytes), "MinimumFreeBytes must not be negative.") : Result.Ok();
}
