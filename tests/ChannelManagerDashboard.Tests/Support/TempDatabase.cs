using ChannelManagerDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A real, migrated database of its own: a SQLite file in a temp folder, or, in the test run's PostgreSQL pass
/// (<see cref="TestDatabase.Provider"/>), a database on the run's private PostgreSQL server. The folder exists either way,
/// for the tests' Data Protection keys.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase() : this(TestDatabase.Provider)
    {
    }

    /// <param name="provider">Set by tests of one engine's own behaviour (a SQLite file's history or damage).</param>
    public TempDatabase(DatabaseProvider provider)
    {
        Folder = Directory.CreateTempSubdirectory("cmd-db-").FullName;
        FilePath = Path.Combine(Folder, "dashboard.db");
        Settings = provider == DatabaseProvider.PostgreSQL
            ? new DatabaseSettings(provider, PostgreSqlServer.Shared.CreateDatabase())
            : new DatabaseSettings(provider, $"Data Source={FilePath}");
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        options.UseDashboardDatabase(Settings);
        Factory = new DashboardDbContextFactory(options.Options, Settings);
        if (provider == DatabaseProvider.Sqlite)
        {
            using var db = Factory.CreateDbContext();
            db.Database.Migrate();
        }
    }

    public string Folder { get; }

    /// <summary>The SQLite file; nothing is there on PostgreSQL.</summary>
    public string FilePath { get; }

    public DatabaseSettings Settings { get; }
    public IDbContextFactory<DashboardDbContext> Factory { get; }

    /// <summary>Makes the engine refuse every insert into the table, as a broken disk or server would.</summary>
    public void RefuseInsertsInto(string table)
    {
        using var db = Factory.CreateDbContext();
        db.Database.ExecuteSqlRaw(Settings.Provider == DatabaseProvider.Sqlite
            ? $"CREATE TRIGGER refuse BEFORE INSERT ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;"
            : $"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not write block: No space left on device'; END $$ LANGUAGE plpgsql; " +
              $"CREATE TRIGGER refuse BEFORE INSERT ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION refuse();");
    }

    /// <summary>Every byte the database holds, as text to search for a secret: the SQLite file, or every row of every PostgreSQL table.</summary>
    public string EverythingStored()
    {
        if (Settings.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return File.ReadAllText(FilePath, System.Text.Encoding.Latin1);
        }
        using var connection = new NpgsqlConnection(Settings.ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var rows = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            using var reader = rows.ExecuteReader();
            while (reader.Read())
                text.AppendLine(reader.GetString(0));
        }
        return text.ToString();
    }

    public void Dispose()
    {
        if (Settings.Provider == DatabaseProvider.PostgreSQL)
            PostgreSqlServer.Shared.DropDatabase(Settings.ConnectionString);
        else
            SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
