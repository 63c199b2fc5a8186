using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChannelManagerDashboard.Features.Health;

/// <summary>Healthy when the dashboard's own table can be read; "can connect" alone would pass on an empty new file.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<DatabaseHealthCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Projects.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database is reachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Health check: the database cannot be read");
            return HealthCheckResult.Unhealthy("The database cannot be read.", ex);
        }
    }
}
