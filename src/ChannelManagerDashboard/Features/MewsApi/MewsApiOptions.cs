using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.MewsApi;

public sealed class MewsApiOptions
{
    public const string Section = "MewsApi";

    public string DemoBaseUrl { get; set; } = "https://api.mews-demo.com";
    public string ProductionBaseUrl { get; set; } = "https://api.mews.com";

    /// <summary>Empty: the simulator this app serves itself, at the address it listens on.</summary>
    public string SimulatorBaseUrl { get; set; } = "";

    /// <summary>How long one attempt may take before it counts as a timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts in all for a transient failure (Mews code 1, a timeout, a 5xx status).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles for each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public Result Validate() =>
        Timeout <= TimeSpan.Zero ? Result.Invalid(nameof(Timeout), "Timeout must be positive, e.g. 00:00:30.")
        : MaxAttempts < 1 ? Result.Invalid(nameof(MaxAttempts), "MaxAttempts must be at least 1.")
        : RetryDelay < TimeSpan.Zero ? Result.Invalid(nameof(RetryDelay), "RetryDelay must not be negative.")
        : Result.Ok();
}
