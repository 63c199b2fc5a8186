using System.Reflection;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.MewsSimulator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ChannelManagerDashboard.Data.Moving;

/// <summary>
/// <c>migrate-data</c>: copies a SQLite data folder (the database with its uploaded files, the Data Protection keys and
/// the simulator key) into an empty PostgreSQL database, in one transaction, then checks every table's row count and
/// that every stored token still decrypts with the keys as the database now holds them. The folder is only read: its
/// database is copied with SQLite's backup (safe while the app runs) and brought up to date in a temp folder.
/// </summary>
public sealed class SqliteToPostgreSql(TextWriter progress)
{
    private const int Batch = 500;

    private static readonly MethodInfo CopyTableMethod = typeof(SqliteToPostgreSql).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <returns>What was copied; or refused (nothing written) when the source or target does not fit; or failed (nothing kept) when a check fails.</returns>
    public async Task<Result<MoveReport>> RunAsync(string dataFolder, string sqliteFile, DatabaseSettings target, CancellationToken cancellation)
    {
        if (!File.Exists(sqliteFile))
            return Result.Invalid("from", $"there is no SQLite database at {sqliteFile}. Point --from at the data folder the app used " +
                "(its log's first line says \"Data folder: …\").").As<MoveReport>();
        var work = Directory.CreateTempSubdirectory("cmd-migrate-");
        try
        {
            var copy = await SnapshotAsync(dataFolder, sqliteFile, work.FullName, cancellation);
            await using var source = new DashboardDbContext(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={copy.Database}").Options);
            await using var pg = new PostgreSqlDashboardDbContext(new DbContextOptionsBuilder<DashboardDbContext>().UseNpgsql(target.ConnectionString).Options);
            if (await NotEmptyAsync(pg, cancellation) is { } refusal)
                return Result.Conflict(refusal).As<MoveReport>();
            await pg.BringUpToDateAsync(cancellation);

            await using var transaction = await pg.Database.BeginTransactionAsync(cancellation);
            // The migrations seed some rows (the default team); the source has them too, as it has been migrated alike.
            var truncate = "TRUNCATE " + string.Join(", ", pg.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => $"\"{e.GetTableName()}\"").Distinct()) + " CASCADE";
            await pg.Database.ExecuteSqlRawAsync(truncate, cancellation);
            var keys = await CopyKeysAsync(copy.Keys, pg, cancellation);
            var tables = new List<TableCount>();
            foreach (var entity in InCopyOrder(source.Model))
            {
                var copied = await (Task<int>)CopyTableMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [source, pg, cancellation])!;
                var table = entity.GetTableName()!;
                tables.Add(new(table, copied, await CountAsync(pg, table, cancellation)));
                await progress.WriteLineAsync($"  {table}: {copied} rows");
            }
            await RestartIdentitiesAsync(pg, source.Model, cancellation);

            if (tables.Where(t => t.Source != t.Target).Select(t => $"{t.Table} has {t.Target} rows instead of {t.Source}").ToList() is [_, ..] missing)
                return Result.Failed(Result.Whole, $"the copy is not whole, so nothing was kept: {string.Join("; ", missing)}.").As<MoveReport>();
            var tokens = await CheckTokensAsync(copy.Keys, source, pg, cancellation);
            if (tokens.Lost > 0)
                return Result.Failed(Result.Whole, $"{tokens.Lost} of {tokens.Readable} stored tokens that the data folder's keys decrypt do not decrypt " +
                    "with the keys copied into PostgreSQL, so nothing was kept. Check that the keys folder is the one the app used.").As<MoveReport>();
            await transaction.CommitAsync(cancellation);
            return Result.Of(new MoveReport(tables, keys, tokens.Readable, tokens.Unreadable));
        }
        catch (SqliteException ex)
        {
            return Result.Failed(Result.Whole, $"the SQLite database {sqliteFile} cannot be read ({ex.Message}); nothing was copied.").As<MoveReport>();
        }
        catch (Exception ex) when (ex is NpgsqlException or DbUpdateException or InvalidOperationException)
        {
            return Result.Failed(Result.Whole, $"the {target.Describe()} refused the copy, so nothing was kept: {(ex.InnerException ?? ex).Message}").As<MoveReport>();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>The database, keys and simulator key file copied into <paramref name="work"/>; the copy is migrated and its simulator key moved into it, as the app does at start.</summary>
    private static async Task<(string Database, DirectoryInfo Keys)> SnapshotAsync(string dataFolder, string sqliteFile, string work, CancellationToken cancellation)
    {
        var database = Path.Combine(work, "dashboard.db");
        await using (var from = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False"))
        await using (var to = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await from.OpenAsync(cancellation);
            await to.OpenAsync(cancellation);
            from.BackupDatabase(to);
        }
        var keys = Directory.CreateDirectory(Path.Combine(work, "keys"));
        if (Directory.Exists(Path.Combine(dataFolder, "keys")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(dataFolder, "keys"), "*.xml"))
                File.Copy(file, Path.Combine(keys.FullName, Path.GetFileName(file)));
        }
        if (File.Exists(Path.Combine(dataFolder, SimulatorKey.FileName)))
            File.Copy(Path.Combine(dataFolder, SimulatorKey.FileName), Path.Combine(work, SimulatorKey.FileName));

        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={database}").Options;
        await using (var db = new DashboardDbContext(options))
            await db.Database.MigrateAsync(cancellation);
        SimulatorKey.LoadOrCreate(new DashboardDbContextFactory(options, new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={database}")),
            new DataFolder(work), FolderKeys(keys), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return (database, keys);
    }

    private static IDataProtectionProvider FolderKeys(DirectoryInfo keys) =>
        DataProtectionProvider.Create(keys, builder => builder.SetApplicationName(TokenProtector.ApplicationName));

    /// <returns>Why the target cannot take the copy, or null when it is empty: no table, or only the dashboard's tables with no row.</returns>
    private static async Task<string?> NotEmptyAsync(PostgreSqlDashboardDbContext pg, CancellationToken cancellation)
    {
        var connection = (NpgsqlConnection)pg.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_schema || '.' || table_name FROM information_schema.tables " +
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
                tables.Add(reader.GetString(0));
        }
        var ours = pg.Model.GetEntityTypes().Select(e => $"public.{e.GetTableName()}").ToHashSet(StringComparer.Ordinal);
        if (tables.FirstOrDefault(t => !ours.Contains(t)) is { } foreign)
            return $"the target database is not empty: it has {tables.Count} tables, e.g. {foreign}, that are not the dashboard's. " +
                "migrate-data copies into an empty database only, so nothing there is overwritten: create one (CREATE DATABASE dashboard) and point --to at it.";
        foreach (var table in tables)
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Quoted(table)})", connection);
            if ((bool)(await any.ExecuteScalarAsync(cancellation))!)
                return $"the target database already holds dashboard data ({table} has rows): a dashboard has used it, or an earlier copy finished. " +
                    "migrate-data copies into an empty database only, so nothing there is overwritten: create a new one and point --to at it.";
        }
        return null;
    }

    private static string Quoted(string schemaTable) => string.Join('.', schemaTable.Split('.').Select(p => $"\"{p}\""));

    private static async Task<int> CopyKeysAsync(DirectoryInfo keys, PostgreSqlDashboardDbContext pg, CancellationToken cancellation)
    {
        var files = keys.GetFiles("*.xml");
        foreach (var file in files)
            pg.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = await File.ReadAllTextAsync(file.FullName, cancellation) });
        await pg.SaveChangesAsync(cancellation);
        pg.ChangeTracker.Clear();
        return files.Length;
    }

    /// <summary>Every table's entity type, each after the ones its foreign keys point at; owned types travel with their owners.</summary>
    private static List<IEntityType> InCopyOrder(IModel model)
    {
        var pending = model.GetEntityTypes().Where(e => !e.IsOwned()).ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType) ||
                fk.PrincipalEntityType.IsOwned())).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException($"The tables {string.Join(", ", pending.Select(e => e.GetTableName()))} point at each other; migrate-data cannot order them.");
            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    private static async Task<int> CopyTableAsync<T>(DashboardDbContext source, PostgreSqlDashboardDbContext target, CancellationToken cancellation) where T : class
    {
        var copied = 0;
        var batch = new List<T>(Batch);
        await foreach (var row in source.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellation))
        {
            batch.Add(row);
            if (batch.Count == Batch)
                copied += await SaveAsync(target, batch, cancellation);
        }
        return copied + await SaveAsync(target, batch, cancellation);
    }

    private static async Task<int> SaveAsync<T>(PostgreSqlDashboardDbContext target, List<T> batch, CancellationToken cancellation) where T : class
    {
        target.Set<T>().AddRange(batch);
        await target.SaveChangesAsync(cancellation);
        target.ChangeTracker.Clear();
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <param name="table">A name from the model, never from input.</param>
    private static async Task<int> CountAsync(PostgreSqlDashboardDbContext pg, string table, CancellationToken cancellation)
    {
        var sql = "SELECT count(*)::int AS \"Value\" FROM \"" + table + "\"";
        return await pg.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellation);
    }

    /// <summary>Rows keep their ids, so each identity column goes on from the highest one copied.</summary>
    private static async Task RestartIdentitiesAsync(PostgreSqlDashboardDbContext pg, IModel model, CancellationToken cancellation)
    {
        foreach (var entity in model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            if (entity.FindPrimaryKey() is not { Properties: [var key] } || key.ClrType != typeof(int) || key.ValueGenerated != ValueGenerated.OnAdd)
                continue;
            var table = entity.GetTableName()!;
            var column = key.GetColumnName();
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), coalesce(max(\"{column}\"), 0) + 1, false) FROM \"{table}\"";
            await pg.Database.ExecuteSqlRawAsync(sql, cancellation);
        }
    }

    /// <returns>How many stored tokens the source's keys decrypt, how many of those the copied keys do not, and how many the source could not read either.</returns>
    /// <remarks>The copied keys are read through the copy's own transaction, as the app reads them once it is committed.</remarks>
    private static async Task<(int Readable, int Lost, int Unreadable)> CheckTokensAsync(DirectoryInfo keys, DashboardDbContext source,
        PostgreSqlDashboardDbContext pg, CancellationToken cancellation)
    {
        var before = new TokenProtector(FolderKeys(keys));
        var services = new ServiceCollection().AddSingleton(pg);
        services.AddDataProtection().SetApplicationName(TokenProtector.ApplicationName).PersistKeysToDbContext<PostgreSqlDashboardDbContext>();
        await using var provider = services.BuildServiceProvider();
        var after = new TokenProtector(provider.GetRequiredService<IDataProtectionProvider>());

        var (readable, lost, unreadable) = (0, 0, 0);
        foreach (var token in await StoredTokensAsync(source, cancellation))
        {
            if (before.Unprotect(token) is null)
                unreadable++;
            else if (after.Unprotect(token) is null)
                lost++;
            else
                readable++;
        }
        return (readable + lost, lost, unreadable);
    }

    private static async Task<IEnumerable<string>> StoredTokensAsync(DashboardDbContext db, CancellationToken cancellation)
    {
        var credentials = await db.Set<Features.PropertyConnections.ClientCredential>().AsNoTracking().ToListAsync(cancellation);
        var connections = await db.Set<Features.PropertyConnections.PropertyConnection>().Select(c => c.ProtectedToken).ToListAsync(cancellation);
        var plans = await db.Set<Features.GoLive.GoLivePlan>().Select(p => p.ProtectedClientToken).ToListAsync(cancellation);
        return credentials.SelectMany(c => new[] { c.ProtectedClientToken, c.RefusedClientToken }).Concat(connections).Concat(plans).Where(t => t.Length > 0);
    }
}

/// <summary>What <c>migrate-data</c> copied: each table's rows in the source and in PostgreSQL, the keys, and the stored tokens it decrypted.</summary>
public sealed record MoveReport(IReadOnlyList<TableCount> Tables, int Keys, int TokensDecrypted, int TokensUnreadableBefore);

public sealed record TableCount(string Table, int Source, int Target);
