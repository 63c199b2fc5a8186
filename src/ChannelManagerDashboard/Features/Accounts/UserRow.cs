namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>One account as the users page and <c>users list</c> show it.</summary>
/// <param name="Invited">Invited and has not set a password yet.</param>
/// <param name="Teams">The teams the account is in, with its role in each, e.g. "Default team (Member)".</param>
public sealed record UserRow(string Email, string Role, bool TwoFactor, DateTimeOffset? LockedOutUntil, bool Invited, DateTimeOffset CreatedAt, string CreatedBy,
    string Teams = "");
