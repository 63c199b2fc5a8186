using ChannelManagerDashboard.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

/// <summary>The three roles exist in every database, seeded by the migration with fixed ids.</summary>
internal sealed class RoleEntityType : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.HasData(DashboardRoles.All.Select(role => new IdentityRole
    {
        Id = "role-" + role.ToLowerInvariant(),
        Name = role,
        NormalizedName = role.ToUpperInvariant(),
        ConcurrencyStamp = "role-" + role.ToLowerInvariant(),
    }));
}
