using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>
/// The first four migrations were written by hand (the EF design package could not be restored then); these tests prove
/// they and the generated ones after them build the schema the model expects, and that the generated model snapshot
/// leaves no change without a migration.
/// </summary>
public sealed class MigrationsMatchModelTests : IDisposable
{
    private readonly TempDatabase migrated = new(DatabaseProvider.Sqlite);
    private readonly string createdFolder = Directory.CreateTempSubdirectory("cmd-created-").FullName;

    public void Dispose()
    {
        migrated.Dispose();
        Directory.Delete(createdFolder, recursive: true);
    }

    [Fact]
    public void Migrated_schema_equals_the_schema_EnsureCreated_derives_from_the_model()
    {
        var createdPath = Path.Combine(createdFolder, "created.db");
        using (var db = new DashboardDbContext(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={createdPath}").Options))
            db.Database.EnsureCreated();

        var expected = Describe(createdPath);
        var actual = Describe(migrated.FilePath);
        SqliteConnection.ClearAllPools();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Migrating_again_at_the_next_start_keeps_the_data()
    {
        using (var db = migrated.Factory.CreateDbContext())
        {
            db.Projects.Add(new() { Name = "Kept", PartnerId = "INT1" });
            db.SaveChanges();
        }

        using (var db = migrated.Factory.CreateDbContext())
        {
            db.Database.Migrate();
            Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
            Assert.StartsWith("20261128090000_PlayMews", db.Database.GetMigrations().ElementAt(3));
            Assert.Equal("Kept", db.Projects.Single().Name);
        }
    }

    [Theory]
    [InlineData(nameof(DashboardDbContext), "Sqlite")]
    [InlineData(nameof(PostgreSqlDashboardDbContext), "PostgreSql")]
    public async Task Dotnet_ef_finds_no_model_change_that_a_migration_does_not_cover(string context, string folder)
    {
        var root = Repository.Root;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet",
            ["ef", "migrations", "has-pending-model-changes", "--no-build", "--context", context, "--project", Path.Combine(root, "src", "ChannelManagerDashboard"),
                "--configuration", configuration])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var ef = System.Diagnostics.Process.Start(start)!;
        var text = await ef.StandardOutput.ReadToEndAsync() + await ef.StandardError.ReadToEndAsync();
        await ef.WaitForExitAsync();

        Assert.True(ef.ExitCode == 0, $"dotnet ef found model changes without a migration (or is not installed: run dotnet tool restore). Add one for each engine with " +
            $"'dotnet ef migrations add <Name> --project src/ChannelManagerDashboard --context {context} --output-dir Data/Migrations/{folder} " +
            $"--namespace ChannelManagerDashboard.Data.Migrations.{folder}'.\n{text}");
        Assert.Contains("No changes have been made to the model since the last migration.", text);
    }

    /// <summary>
    /// Every table's columns (name, type, not null, pk), foreign keys and indexes with their columns, as sorted text.
    /// Not defaults: a NOT NULL column added to a table with rows needs one (0, ''), which a fresh create has no reason to have.
    /// </summary>
    private static List<string> Describe(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')")
            .Select(r => r[0]).ToList();
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.AddRange(Query(connection, $"PRAGMA table_info('{table}')").Select(r => $"{table}.{r[1]} {r[2]} notnull={r[3]} pk={r[5]}"));
            lines.AddRange(Query(connection, $"PRAGMA foreign_key_list('{table}')").Select(r => $"{table} fk {r[3]}->{r[2]}.{r[4]} delete={r[6]}"));
            foreach (var index in Query(connection, $"PRAGMA index_list('{table}')"))
            {
                var columns = string.Join(",", Query(connection, $"PRAGMA index_info('{index[1]}')").Select(c => c[2]));
                lines.Add($"{table} index {index[1]}({columns}) unique={index[2]}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "").ToArray());
        return rows;
    }
}
