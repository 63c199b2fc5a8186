using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.GoLive;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

/// <summary>Projects, their evidence and the accounts (ASP.NET Core Identity's tables) in one SQLite file.</summary>
public class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : IdentityDbContext<DashboardUser>(options)
{
    public DbSet<CertificationProject> Projects => Set<CertificationProject>();
    public DbSet<StepProgress> StepProgress => Set<StepProgress>();
    public DbSet<CertificationFile> CertificationFiles => Set<CertificationFile>();
    public DbSet<EndpointProbe> EndpointProbes => Set<EndpointProbe>();
    public DbSet<TestRecord> TestRecords => Set<TestRecord>();
    public DbSet<ClientCredential> ClientCredentials => Set<ClientCredential>();
    public DbSet<PropertyConnection> PropertyConnections => Set<PropertyConnection>();
    public DbSet<ConfigurationSnapshot> ConfigurationSnapshots => Set<ConfigurationSnapshot>();
    public DbSet<MappingSet> MappingSets => Set<MappingSet>();
    public DbSet<MappingRevision> MappingRevisions => Set<MappingRevision>();
    public DbSet<HarnessRun> HarnessRuns => Set<HarnessRun>();
    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();
    public DbSet<CallSession> CallSessions => Set<CallSession>();
    public DbSet<CallNote> CallNotes => Set<CallNote>();
    public DbSet<CallOutcome> CallOutcomes => Set<CallOutcome>();
    public DbSet<GoLivePlan> GoLivePlans => Set<GoLivePlan>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<ConnectorJourney> ConnectorJourneys => Set<ConnectorJourney>();
    public DbSet<ConnectorRun> ConnectorRuns => Set<ConnectorRun>();
    public DbSet<ConnectorRunCall> ConnectorCalls => Set<ConnectorRunCall>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    /// <summary>Who the next save is for, written to the activity timeline with every change it makes.</summary>
    public string ChangedBy { get; set; } = "";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }
}
