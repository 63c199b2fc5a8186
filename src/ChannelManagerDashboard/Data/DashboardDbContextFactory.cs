using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

/// <summary>Makes the context type whose migrations fit the configured engine; every feature asks for a <see cref="DashboardDbContext"/>.</summary>
public sealed class DashboardDbContextFactory(DbContextOptions<DashboardDbContext> options, DatabaseSettings settings) : IDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext() => settings.Provider == DatabaseProvider.PostgreSQL
        ? new PostgreSqlDashboardDbContext(options)
        : new DashboardDbContext(options);
}
