namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>One confirmation as received: the operation it came through, its verdict and its body (tokens masked).</summary>
public sealed record ReceivedConfirmation(string Operation, bool Success, string Body, DateTimeOffset ReceivedAt);
