namespace ChannelManagerDashboard.Features.Accounts.Cli;

/// <summary>What <c>users</c> was asked to do, read from its arguments.</summary>
/// <param name="Team">The team a new account joins; null for the default team.</param>
public sealed record UsersOptions(string Action, string Email, string Password, string Role, string? Team = null);
