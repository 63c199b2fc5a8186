using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class TestRecordEntityType : IEntityTypeConfiguration<TestRecord>
{
    public void Configure(EntityTypeBuilder<TestRecord> builder)
    {
        builder.ToTable("TestRecords");
        builder.Property(t => t.TestId).HasMaxLength(16).IsRequired();
        builder.Property(t => t.Notes).HasMaxLength(20000).IsRequired();
        builder.Property(t => t.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.Property(t => t.CheckedBy).HasMaxLength(200).IsRequired().HasDefaultValue("");
        builder.HasIndex(t => new { t.ProjectId, t.TestId }).IsUnique();
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
