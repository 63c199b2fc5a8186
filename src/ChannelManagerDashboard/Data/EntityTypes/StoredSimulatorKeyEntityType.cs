using ChannelManagerDashboard.Features.MewsSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal sealed class StoredSimulatorKeyEntityType : IEntityTypeConfiguration<StoredSimulatorKey>
{
    public void Configure(EntityTypeBuilder<StoredSimulatorKey> builder)
    {
        builder.ToTable("SimulatorKey");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Protected).IsRequired();
    }
}
