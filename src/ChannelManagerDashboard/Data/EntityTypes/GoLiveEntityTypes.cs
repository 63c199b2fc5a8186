using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.GoLive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class GoLivePlanEntityType : IEntityTypeConfiguration<GoLivePlan>
{
    public void Configure(EntityTypeBuilder<GoLivePlan> builder)
    {
        builder.ToTable("GoLivePlans");
        builder.HasKey(g => g.ProjectId);
        builder.Property(g => g.ProjectId).ValueGeneratedNever();
        builder.OwnsOne(g => g.ProductionEndpoints, endpoints => endpoints.MapUrlColumns());
        builder.Navigation(g => g.ProductionEndpoints).IsRequired();
        builder.Property(g => g.ProtectedClientToken).HasMaxLength(4000).IsRequired();
        builder.Property(g => g.ClientTokenHint).HasMaxLength(20).IsRequired();
        builder.Property(g => g.PilotPropertyName).HasMaxLength(200).IsRequired();
        builder.Property(g => g.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<CertificationProject>().WithOne().HasForeignKey<GoLivePlan>(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChangeLogEntryEntityType : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        builder.Property(c => c.Change).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => c.ProjectId);
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
