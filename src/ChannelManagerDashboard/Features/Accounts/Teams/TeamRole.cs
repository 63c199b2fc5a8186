namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>A team a person sees, and what they may do on its projects.</summary>
public sealed record TeamRole(int TeamId, string TeamName, string Role)
{
    public bool CanChange => Role is DashboardRoles.Owner or DashboardRoles.Member;
}
