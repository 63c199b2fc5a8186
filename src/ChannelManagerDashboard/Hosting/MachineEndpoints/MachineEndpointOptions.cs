using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Hosting.MachineEndpoints;

/// <summary>
/// Bounds on the endpoints machines call without signing in (the reference CM and the simulator's Mews): how many
/// bodies are read at once, how many more may wait, and how many requests per second each accepts (with bursts of twice
/// that, so a full INV-06 push of a large hotel passes).
/// </summary>
public sealed class MachineEndpointOptions
{
    public const string Section = "MachineEndpoints";

    public int MaxConcurrentRequests { get; set; } = 8;
    public int MaxQueuedRequests { get; set; } = 32;
    public int RequestsPerSecond { get; set; } = 200;

    public Result Validate() =>
        MaxConcurrentRequests < 1 ? Result.Invalid(nameof(MaxConcurrentRequests), "MaxConcurrentRequests must be at least 1.")
        : MaxQueuedRequests < 0 ? Result.Invalid(nameof(MaxQueuedRequests), "MaxQueuedRequests must not be negative.")
        : RequestsPerSecond < 1 ? Result.Invalid(nameof(RequestsPerSecond), "RequestsPerSecond must be at least 1.")
        : Result.Ok();
}
