using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class PropertyConnectionEntityType : IEntityTypeConfiguration<PropertyConnection>
{
    public void Configure(EntityTypeBuilder<PropertyConnection> builder)
    {
        builder.ToTable("PropertyConnections");
        builder.Property(c => c.PropertyId).HasMaxLength(200).IsRequired();
        builder.Property(c => c.PropertyName).HasMaxLength(500).IsRequired();
        builder.Property(c => c.ConnectionName).HasMaxLength(500).IsRequired();
        builder.Property(c => c.ProtectedToken).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.TokenHint).HasMaxLength(20).IsRequired();
        builder.Property(c => c.TokenFingerprint).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ChosenBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.ProjectId, c.Environment, c.TokenFingerprint }).IsUnique();
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
