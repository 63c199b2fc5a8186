namespace ChannelManagerDashboard.Features.MewsSimulator;

public sealed class MewsSimulatorOptions
{
    public const string Section = "MewsSimulator";

    /// <summary>The seed file; a relative path is resolved against the app's folder, where the built-in seed is copied.</summary>
    public string SeedFile { get; set; } = "simulator-seed.json";

    /// <returns>Null when usable, otherwise what to fix.</returns>
    public string? Problem() => string.IsNullOrWhiteSpace(SeedFile) ? "SeedFile must name the simulator's seed file." : null;
}
