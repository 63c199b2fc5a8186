using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class TeamEntityType : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.Property(t => t.Name).HasMaxLength(Team.MaxNameLength).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasData(new Team { Id = Team.DefaultId, Name = Team.DefaultName, CreatedAt = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero) });
    }
}

internal sealed class TeamMemberEntityType : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.ToTable("TeamMembers");
        builder.HasKey(m => new { m.TeamId, m.UserId });
        builder.Property(m => m.Role).HasMaxLength(20).IsRequired();
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DashboardUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}
