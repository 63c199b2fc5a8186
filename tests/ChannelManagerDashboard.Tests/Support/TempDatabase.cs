using ChannelManagerDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>A real SQLite file in a temp folder, migrated like the app does at start-up.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("cmd-db-").FullName;
        FilePath = Path.Combine(Folder, "dashboard.db");
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={FilePath}").Options;
        Factory = new PooledDbContextFactory<DashboardDbContext>(options);
        using var db = Factory.CreateDbContext();
        db.Database.Migrate();
    }

    public string Folder { get; }
    public string FilePath { get; }
    public IDbContextFactory<DashboardDbContext> Factory { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
