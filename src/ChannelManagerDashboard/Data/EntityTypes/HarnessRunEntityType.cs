using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PlayMews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class HarnessRunEntityType : IEntityTypeConfiguration<HarnessRun>
{
    public void Configure(EntityTypeBuilder<HarnessRun> builder)
    {
        builder.ToTable("HarnessRuns");
        builder.Property(r => r.TestId).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.RunBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.VerdictGzip).HasColumnName("ResultGzip").IsRequired();
        builder.HasIndex(r => new { r.ProjectId, r.TestId });
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
