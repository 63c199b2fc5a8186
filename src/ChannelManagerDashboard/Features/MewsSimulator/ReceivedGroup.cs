namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// A Process group message the simulator received, with the answer it gave. The body is as sent, card number
/// included, and lives only in memory: whoever keeps it as evidence masks it first.
/// </summary>
/// <param name="Sequence">Its place in the order of arrival across all connections, so a wait can ask for what came after.</param>
public sealed record ReceivedGroup(long Sequence, string ConnectionToken, DateTimeOffset ReceivedAt, string Body, string Answer, int? ErrorCode);
