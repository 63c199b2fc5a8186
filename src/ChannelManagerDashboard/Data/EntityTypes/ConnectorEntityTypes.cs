using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class ConnectorJourneyEntityType : IEntityTypeConfiguration<ConnectorJourney>
{
    public void Configure(EntityTypeBuilder<ConnectorJourney> builder)
    {
        builder.ToTable("ConnectorJourneys");
        builder.HasKey(j => j.ProjectId);
        builder.Property(j => j.ProjectId).ValueGeneratedNever();
        builder.Property(j => j.UseCases).HasMaxLength(4000).IsRequired();
        builder.Property(j => j.Operations).HasMaxLength(200_000).IsRequired();
        builder.Property(j => j.ExpectedLoad).HasMaxLength(4000).IsRequired();
        builder.Property(j => j.MewsAddress).HasMaxLength(2000).IsRequired();
        builder.Property(j => j.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<CertificationProject>().WithOne().HasForeignKey<ConnectorJourney>(j => j.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConnectorRunEntityType : IEntityTypeConfiguration<ConnectorRun>
{
    public void Configure(EntityTypeBuilder<ConnectorRun> builder)
    {
        builder.ToTable("ConnectorRuns");
        builder.Property(r => r.Name).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.FirstBadLines).IsRequired();
        builder.Property(r => r.Requests).HasColumnName("Calls");
        builder.Property(r => r.FirstRequestUtc).HasColumnName("FirstCallUtc");
        builder.Property(r => r.LastRequestUtc).HasColumnName("LastCallUtc");
        builder.Property(r => r.RecordingKey).HasMaxLength(64);
        builder.HasIndex(r => r.RecordingKey).IsUnique();
        builder.HasIndex(r => r.ProjectId);
        builder.Ignore(r => r.Span);
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConnectorRunRequestEntityType : IEntityTypeConfiguration<ConnectorRunRequest>
{
    public void Configure(EntityTypeBuilder<ConnectorRunRequest> builder)
    {
        builder.ToTable("ConnectorCalls");
        builder.HasIndex(c => new { c.RunId, c.Index }).IsUnique();
        builder.Property(c => c.Method).HasMaxLength(16).IsRequired();
        builder.Property(c => c.Url).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.Path).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.RequestBody).IsRequired();
        builder.Property(c => c.AccessTokenHash).HasMaxLength(16);
        builder.Property(c => c.RequestId).HasMaxLength(200);
        builder.Property(c => c.ContentType).HasMaxLength(200);
        builder.HasOne<ConnectorRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
