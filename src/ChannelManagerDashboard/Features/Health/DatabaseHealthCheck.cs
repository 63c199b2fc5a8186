using ChannelManagerDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChannelManagerDashboard.Features.Health;

/// <summary>
/// Healthy only when every save would work: the dashboard's own table can be read, the database can be written (a
/// write that is rolled back) and the data folder's disk has room. "Can connect" alone passes on a read-only file.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<DashboardDbContext> dbFactory, DataFolder dataFolder, IOptions<HealthOptions> options,
    ILogger<DatabaseHealthCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var free = new DriveInfo(dataFolder.Path).AvailableFreeSpace;
        if (free < options.Value.MinimumFreeBytes)
            return HealthCheckResult.Unhealthy($"The data folder {dataFolder.Path} has {free / 1048576} MB free, less than the {options.Value.MinimumFreeBytes / 1048576} MB " +
                $"{HealthOptions.Section}:MinimumFreeBytes asks for. Free some space; saves may fail.");
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Projects.AnyAsync(cancellationToken);
            await WriteAndRollBackAsync(db, cancellationToken);
            return HealthCheckResult.Healthy("The database can be read and written.");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 8 or 13)
        {
            log.LogError("Health check: the database cannot be written: {Reason}", ex.Message);
            return HealthCheckResult.Unhealthy($"The database cannot be written ({ex.Message}). Make the data folder {dataFolder.Path} and its files writable, or free disk space.");
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.DiskFull)
        {
            log.LogError("Health check: the database cannot be written: {Reason}", ex.MessageText);
            return HealthCheckResult.Unhealthy($"The PostgreSQL database cannot be written ({ex.MessageText}). Point ConnectionStrings:Dashboard at the primary server, or free its disk space.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Health check: the database cannot be read");
            return HealthCheckResult.Unhealthy("The database cannot be read.", ex);
        }
    }

    /// <summary>
    /// A real write that keeps nothing: SQLite changes its header's user_version inside a transaction that is rolled back;
    /// PostgreSQL takes a transaction id, which a read-only server or a standby refuses.
    /// </summary>
    private static async Task WriteAndRollBackAsync(DashboardDbContext db, CancellationToken cancellation)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (db is PostgreSqlDashboardDbContext)
        {
            command.CommandText = "SELECT txid_current()";
            await command.ExecuteScalarAsync(cancellation);
        }
        else
        {
            command.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture);
            command.CommandText = $"PRAGMA user_version = {version + 1}";
            await command.ExecuteNonQueryAsync(cancellation);
        }
        await transaction.RollbackAsync(cancellation);
    }
}
