using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Preparation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class StepProgressEntityType : IEntityTypeConfiguration<StepProgress>
{
    public void Configure(EntityTypeBuilder<StepProgress> builder)
    {
        builder.ToTable("StepProgress");
        builder.Property(s => s.StepCode).HasMaxLength(8).IsRequired();
        builder.Property(s => s.Notes).HasMaxLength(20000).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(s => new { s.ProjectId, s.StepCode }).IsUnique();
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
