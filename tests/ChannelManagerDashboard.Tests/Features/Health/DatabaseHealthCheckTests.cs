using ChannelManagerDashboard.Features.Health;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChannelManagerDashboard.Tests.Features.Health;

public sealed class DatabaseHealthCheckTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private Task<HealthCheckResult> CheckAsync() =>
        new DatabaseHealthCheck(database.Factory, NullLogger<DatabaseHealthCheck>.Instance).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task A_migrated_database_is_healthy() => Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

    [Fact]
    public async Task A_database_file_that_is_not_a_database_is_unhealthy()
    {
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(database.FilePath, "this is not an SQLite database, it was overwritten by mistake");

        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task An_empty_database_without_the_dashboard_tables_is_unhealthy()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(database.FilePath);

        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);
    }
}
