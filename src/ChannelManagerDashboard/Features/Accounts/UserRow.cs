namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>One account as the users page and <c>users list</c> show it.</summary>
/// <param name="Invited">Invited and has not set a password yet.</param>
public sealed record UserRow(string Email, string Role, bool TwoFactor, DateTimeOffset? LockedOutUntil, bool Invited, DateTimeOffset CreatedAt, string CreatedBy);
