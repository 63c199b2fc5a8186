using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class PropertyProfileSnapshotEntityType : IEntityTypeConfiguration<PropertyProfileSnapshot>
{
    public void Configure(EntityTypeBuilder<PropertyProfileSnapshot> builder)
    {
        builder.ToTable("ConfigurationSnapshots");
        builder.Property(s => s.FetchedBy).HasMaxLength(200).IsRequired();
        builder.Property(s => s.PropertyName).HasMaxLength(500).IsRequired();
        builder.Property(s => s.ProfileJson).HasColumnName("ConfigurationJson").IsRequired();
        builder.Property(s => s.ChannelsJson).IsRequired();
        builder.Property(s => s.InventoryMappingCount).HasColumnName("MappingCount");
        builder.HasIndex(s => s.ProjectId);
        builder.HasOne<PropertyConnection>().WithMany().HasForeignKey(s => s.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
