using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.CertificationCall;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class CallSessionEntityType : IEntityTypeConfiguration<CallSession>
{
    public void Configure(EntityTypeBuilder<CallSession> builder)
    {
        builder.ToTable("CallSessions");
        builder.HasKey(s => s.ProjectId);
        builder.Property(s => s.ProjectId).ValueGeneratedNever();
        builder.Property(s => s.Attendees).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.AttendeesBy).HasMaxLength(200).IsRequired();
        builder.Property(s => s.CurrentTestId).HasMaxLength(16).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(s => s.Timer);
        builder.HasOne<CertificationProject>().WithOne().HasForeignKey<CallSession>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallNoteEntityType : IEntityTypeConfiguration<CallNote>
{
    public void Configure(EntityTypeBuilder<CallNote> builder)
    {
        builder.ToTable("CallNotes");
        builder.Property(n => n.TestId).HasMaxLength(16).IsRequired();
        builder.Property(n => n.Minutes).HasMaxLength(CallNote.MaxLength).IsRequired();
        builder.Property(n => n.Remarks).HasMaxLength(CallNote.MaxLength).IsRequired();
        builder.Property(n => n.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(n => new { n.ProjectId, n.TestId }).IsUnique();
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallOutcomeEntityType : IEntityTypeConfiguration<CallOutcome>
{
    public void Configure(EntityTypeBuilder<CallOutcome> builder)
    {
        builder.ToTable("CallOutcomes");
        builder.Property(o => o.Notes).HasMaxLength(CallNote.MaxLength).IsRequired();
        builder.Property(o => o.RecordsJson).HasColumnName("ResultsJson").IsRequired();
        builder.Property(o => o.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(o => o.ProjectId);
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
