using ChannelManagerDashboard.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class DashboardUserEntityType : IEntityTypeConfiguration<DashboardUser>
{
    public void Configure(EntityTypeBuilder<DashboardUser> builder) => builder.Property(u => u.CreatedBy).HasMaxLength(256).IsRequired();
}
