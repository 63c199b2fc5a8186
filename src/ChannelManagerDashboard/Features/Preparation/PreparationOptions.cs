using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Preparation;

public sealed class PreparationOptions
{
    public const string Section = "Preparation";

    /// <summary>Largest certification file accepted (P8). The file lives in the database, so keep it modest.</summary>
    public long MaxCertificationFileBytes { get; set; } = 10 * 1024 * 1024;

    public Result Validate() => MaxCertificationFileBytes < 1 ? Result.Invalid(nameof(MaxCertificationFileBytes), "MaxCertificationFileBytes must be at least 1.") : Result.Ok();
}
