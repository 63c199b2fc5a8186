using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class ClientCredentialEntityType : IEntityTypeConfiguration<ClientCredential>
{
    public void Configure(EntityTypeBuilder<ClientCredential> builder)
    {
        builder.ToTable("ClientCredentials");
        builder.HasKey(c => new { c.ProjectId, c.Environment });
        builder.Property(c => c.ProtectedClientToken).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.ClientTokenHint).HasMaxLength(20).IsRequired();
        builder.Property(c => c.RefusedClientToken).HasMaxLength(4000).IsRequired().HasDefaultValue("");
        builder.Property(c => c.RefusedClientTokenHint).HasMaxLength(20).IsRequired().HasDefaultValue("");
        builder.Property(c => c.RefusedBecause).HasMaxLength(1000).IsRequired().HasDefaultValue("");
        builder.Property(c => c.EmployeeEmail).HasMaxLength(320).IsRequired();
        builder.Property(c => c.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<CertificationProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
