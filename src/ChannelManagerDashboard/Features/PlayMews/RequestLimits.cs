namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The guard rails on every request the harness makes to a URL someone typed.</summary>
/// <param name="Timeout">How long one request may take before it is abandoned.</param>
/// <param name="ResponseBudget">How fast a good answer must arrive to pass.</param>
/// <param name="MaxResponseBytes">How much of an answer is read; a simple response is a few hundred bytes.</param>
public sealed record RequestLimits(TimeSpan Timeout, TimeSpan ResponseBudget, int MaxResponseBytes);
