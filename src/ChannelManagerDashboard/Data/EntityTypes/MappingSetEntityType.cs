using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class MappingSetEntityType : IEntityTypeConfiguration<MappingSet>
{
    public void Configure(EntityTypeBuilder<MappingSet> builder)
    {
        builder.ToTable("MappingSets");
        builder.HasKey(m => m.ConnectionId);
        builder.Property(m => m.ConnectionId).ValueGeneratedNever();
        builder.Property(m => m.StateJson).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.ProjectId);
        builder.HasOne<PropertyConnection>().WithOne().HasForeignKey<MappingSet>(m => m.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
