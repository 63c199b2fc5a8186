using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Health;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.Health;

public sealed class DatabaseHealthCheckTests : IDisposable
{
    private readonly TempDatabase database = new(DatabaseProvider.Sqlite);

    public void Dispose() => database.Dispose();

    private Task<HealthCheckResult> CheckAsync(IDbContextFactory<DashboardDbContext>? factory = null, long minimumFreeBytes = 0) =>
        new DatabaseHealthCheck(factory ?? database.Factory, new DataFolder(database.Folder), Options.Create(new HealthOptions { MinimumFreeBytes = minimumFreeBytes }),
            NullLogger<DatabaseHealthCheck>.Instance).CheckHealthAsync(new HealthCheckContext());

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

    [Fact]
    public async Task A_database_that_can_be_read_but_not_written_is_unhealthy_and_says_so()
    {
        var readOnly = new PooledDbContextFactory<DashboardDbContext>(
            new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={database.FilePath};Mode=ReadOnly").Options);

        var result = await CheckAsync(readOnly);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("The database cannot be written (", result.Description);
    }

    [Fact]
    public async Task The_write_check_leaves_nothing_behind()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0L, await db.Database.SqlQueryRaw<long>("SELECT user_version AS Value FROM pragma_user_version").SingleAsync());
    }

    [Fact]
    public async Task A_disk_with_less_free_space_than_the_setting_is_unhealthy_and_names_the_folder()
    {
        var result = await CheckAsync(minimumFreeBytes: long.MaxValue);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains($"The data folder {database.Folder} has ", result.Description);
        Assert.Contains("Health:MinimumFreeBytes", result.Description);
    }
}
