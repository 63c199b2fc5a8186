using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.MewsSimulator;

public sealed class MewsSimulatorOptions
{
    public const string Section = "MewsSimulator";

    /// <summary>The seed file; a relative path is resolved against the app's folder, where the built-in seed is copied.</summary>
    public string SeedFile { get; set; } = "simulator-seed.json";

    public Result Validate() => string.IsNullOrWhiteSpace(SeedFile) ? Result.Invalid(nameof(SeedFile), "SeedFile must name the simulator's seed file.") : Result.Ok();
}
