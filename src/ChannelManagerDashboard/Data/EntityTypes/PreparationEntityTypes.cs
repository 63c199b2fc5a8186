using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Preparation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class CertificationFileEntityType : IEntityTypeConfiguration<CertificationFile>
{
    public void Configure(EntityTypeBuilder<CertificationFile> builder)
    {
        builder.ToTable("CertificationFiles");
        builder.HasKey(f => f.ProjectId);
        builder.Property(f => f.ProjectId).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<CertificationProject>().WithOne().HasForeignKey<CertificationFile>(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EndpointProbeEntityType : IEntityTypeConfiguration<EndpointProbe>
{
    public void Configure(EntityTypeBuilder<EndpointProbe> builder)
    {
        builder.ToTable("EndpointProbes");
        builder.Property(p => p.Operation).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Url).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.Problem).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.ProbedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => new { p.ProjectId, p.Operation }).IsUnique();
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
