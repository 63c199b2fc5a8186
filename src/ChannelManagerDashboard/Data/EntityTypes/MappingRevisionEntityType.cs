using ChannelManagerDashboard.Features.Mapping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class MappingRevisionEntityType : IEntityTypeConfiguration<MappingRevision>
{
    public void Configure(EntityTypeBuilder<MappingRevision> builder)
    {
        builder.ToTable("MappingRevisions");
        builder.Property(r => r.Description).HasMaxLength(MappingRevision.MaxDescriptionLength).IsRequired();
        builder.Property(r => r.PreviousStateJson).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.ConnectionId);
        builder.HasOne<MappingSet>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
