using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class CertificationProjectEntityType : IEntityTypeConfiguration<CertificationProject>
{
    public void Configure(EntityTypeBuilder<CertificationProject> builder)
    {
        builder.ToTable("Projects");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.PartnerId).HasMaxLength(40).IsRequired();
        builder.Property(p => p.PilotPropertyName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.EndpointBaseUrl).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.ContactPerson).HasMaxLength(200).IsRequired();
        builder.Property(p => p.TechnicalDetails).HasMaxLength(20000).IsRequired();
        builder.Property(p => p.CertificationCallTimeZone).HasMaxLength(100).IsRequired();
        builder.OwnsOne(p => p.Endpoints, endpoints => endpoints.MapUrlColumns());
        builder.Navigation(p => p.Endpoints).IsRequired();
        builder.Ignore(p => p.IsArchived);
        // A team with projects cannot be removed: its projects would have no one who may see them.
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
