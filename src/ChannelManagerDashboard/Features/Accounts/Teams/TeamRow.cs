namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>One team as the teams page shows it.</summary>
public sealed record TeamRow(int Id, string Name, IReadOnlyList<TeamMemberRow> Members, IReadOnlyList<TeamProjectRow> Projects);

/// <param name="Effective">What the person may do on the team's projects: the weaker of the team role and the account's role.</param>
public sealed record TeamMemberRow(string Email, string Role, string Effective);

public sealed record TeamProjectRow(int Id, string Name);
