namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>A person's place in a team: what they may do on the team's projects (Owner, Member or Viewer).</summary>
public sealed class TeamMember
{
    public int TeamId { get; set; }
    public string UserId { get; set; } = "";
    public string Role { get; set; } = DashboardRoles.Viewer;

    /// <summary>
    /// The role came with the account (added or invited with it) and follows the account's role when that changes; one an
    /// owner set on the teams page stays as set.
    /// </summary>
    public bool FollowsAccount { get; set; }
}
