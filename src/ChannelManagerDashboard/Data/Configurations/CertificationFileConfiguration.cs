using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Preparation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.Configurations;

internal sealed class CertificationFileConfiguration : IEntityTypeConfiguration<CertificationFile>
{
    public void Configure(EntityTypeBuilder<CertificationFile> builder)
    {
        builder.HasKey(f => f.ProjectId);
        builder.Property(f => f.ProjectId).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<CertificationProject>().WithOne().HasForeignKey<CertificationFile>(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
