namespace ChannelManagerDashboard.Features.Preparation;

public sealed class PreparationOptions
{
    public const string Section = "Preparation";

    /// <summary>Largest certification file accepted (P8). The file lives in the database, so keep it modest.</summary>
    public long MaxCertificationFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <returns>Null when usable, otherwise what to fix.</returns>
    public string? Problem() => MaxCertificationFileBytes < 1 ? "MaxCertificationFileBytes must be at least 1." : null;
}
