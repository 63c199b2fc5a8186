namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What the newest edit did, shown next to where it was made: saved with its notices, or refused and why.</summary>
public sealed record EditOutcome(string Message, bool Refused, IReadOnlyList<string> Notices);
