using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

public class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<CertificationProject> Projects => Set<CertificationProject>();
    public DbSet<StepProgress> StepProgress => Set<StepProgress>();
    public DbSet<CertificationFile> CertificationFiles => Set<CertificationFile>();
    public DbSet<TestRecord> TestRecords => Set<TestRecord>();
    public DbSet<ClientCredential> ClientCredentials => Set<ClientCredential>();
    public DbSet<PropertyConnection> PropertyConnections => Set<PropertyConnection>();
    public DbSet<ConfigurationSnapshot> ConfigurationSnapshots => Set<ConfigurationSnapshot>();
    public DbSet<MappingSet> MappingSets => Set<MappingSet>();
    public DbSet<MappingRevision> MappingRevisions => Set<MappingRevision>();
    public DbSet<HarnessRun> HarnessRuns => Set<HarnessRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
}
