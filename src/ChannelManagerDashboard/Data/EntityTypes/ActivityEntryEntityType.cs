using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class ActivityEntryEntityType : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> builder)
    {
        builder.ToTable("Activity");
        builder.Property(a => a.Who).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Subject).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(200).IsRequired();
        builder.Property(a => a.OldValue).HasMaxLength(ActivityEntry.MaxValueLength).IsRequired();
        builder.Property(a => a.NewValue).HasMaxLength(ActivityEntry.MaxValueLength).IsRequired();
        builder.HasOne(a => a.Project).WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProjectId, a.At });
    }
}
