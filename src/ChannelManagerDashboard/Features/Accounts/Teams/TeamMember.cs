namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>A person's place in a team: what they may do on the team's projects (Owner, Member or Viewer).</summary>
public sealed class TeamMember
{
    public int TeamId { get; set; }
    public string UserId { get; set; } = "";
    public string Role { get; set; } = DashboardRoles.Viewer;
}
