using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

/// <summary>
/// Projects, their evidence and the accounts (ASP.NET Core Identity's tables) in one SQLite file. The entity
/// types (Data/EntityTypes) name the features' tables; each feature reaches its own through an extension
/// on this context (e.g. MappingTables), so the context names no feature beyond the Identity user it is built on.
/// </summary>
public class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : IdentityDbContext<DashboardUser>(options)
{
    public DbSet<CertificationProject> Projects => Set<CertificationProject>();

    /// <summary>Who the next save is for, written to the activity timeline with every change it makes.</summary>
    public string ChangedBy { get; set; } = "";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }
}
