using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>The teams and who is in them, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class TeamTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<Team> Teams => db.Set<Team>();
        public DbSet<TeamMember> TeamMembers => db.Set<TeamMember>();
    }
}
