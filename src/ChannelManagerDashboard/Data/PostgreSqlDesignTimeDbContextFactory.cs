using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChannelManagerDashboard.Data;

/// <summary>The PostgreSQL model for <c>dotnet ef … --context PostgreSqlDashboardDbContext</c>; adding a migration opens no connection.</summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlDashboardDbContext>
{
    public PostgreSqlDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DashboardDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
