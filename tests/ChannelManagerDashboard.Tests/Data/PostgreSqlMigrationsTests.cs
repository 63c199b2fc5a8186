using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>PostgreSQL's own migrations build the schema its model expects, on the run's private server.</summary>
public sealed class PostgreSqlMigrationsTests : IDisposable
{
    private readonly TempDatabase migrated = new(DatabaseProvider.PostgreSQL);
    private readonly string created = PostgreSqlServer.Shared.CreateEmptyDatabase();

    public void Dispose()
    {
        migrated.Dispose();
        PostgreSqlServer.Shared.DropDatabase(created);
    }

    [Fact]
    public void Migrated_schema_equals_the_schema_EnsureCreated_derives_from_the_model()
    {
        using (var db = new PostgreSqlDashboardDbContext(new DbContextOptionsBuilder<DashboardDbContext>().UseNpgsql(created).Options))
            db.Database.EnsureCreated();

        Assert.Equal(Describe(created), Describe(migrated.Settings.ConnectionString));
    }

    [Fact]
    public void The_keys_table_is_there_and_every_instant_is_stored_in_UTC()
    {
        var schema = Describe(migrated.Settings.ConnectionString);

        Assert.Contains("DataProtectionKeys.Xml text nullable=YES", schema);
        Assert.Contains("Projects.CreatedAt timestamp with time zone nullable=NO", schema);
        Assert.Contains("Projects.CertificationCallAt timestamp without time zone nullable=YES", schema);
    }

    [Fact]
    public void Migrating_again_at_the_next_start_keeps_the_data()
    {
        using (var db = migrated.Factory.CreateDbContext())
        {
            db.Projects.Add(new() { Name = "Kept", PartnerId = "INT1", CreatedAt = DateTimeOffset.Parse("2026-12-08T10:00:00+01:00") });
            db.SaveChanges();
        }

        using (var db = migrated.Factory.CreateDbContext())
        {
            db.Database.Migrate();
            Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
            var kept = db.Projects.Single();
            Assert.Equal("Kept", kept.Name);
            Assert.Equal(DateTimeOffset.Parse("2026-12-08T09:00:00Z"), kept.CreatedAt);
        }
    }

    [Fact]
    public async Task Instances_starting_together_on_an_empty_database_migrate_it_once()
    {
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSQL, created);
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        options.UseDashboardDatabase(settings);
        IDbContextFactory<DashboardDbContext> factory = new DashboardDbContextFactory(options.Options, settings);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.BringUpToDateAsync();
        })));

        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
        Assert.Equal(Describe(migrated.Settings.ConnectionString), Describe(created));
    }

    /// <summary>Every column (type, nullability), index and foreign key of the public schema, as sorted text.</summary>
    private static List<string> Describe(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        connection.Open();
        var lines = new List<string>();
        Read(connection, """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' nullable=' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
            """, lines);
        Read(connection, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_EF%'", lines);
        Read(connection, """
            SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND connamespace = 'public'::regnamespace
            """, lines);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static void Read(NpgsqlConnection connection, string sql, List<string> into)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            into.Add(reader.GetString(0));
    }
}
