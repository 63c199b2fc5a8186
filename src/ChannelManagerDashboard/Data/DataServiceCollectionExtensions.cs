using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Dashboard";

    public static WebApplicationBuilder AddDashboardData(this WebApplicationBuilder builder, DataFolder dataFolder)
    {
        var connectionString = ResolveConnectionString(builder.Configuration.GetConnectionString(ConnectionStringName), dataFolder);
        builder.Services.AddSingleton(dataFolder);
        builder.Services.AddDbContextFactory<DashboardDbContext>(options => options.UseSqlite(connectionString));
        // Keys in the data folder keep circuits and antiforgery tokens valid across restarts.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(dataFolder.Resolve("keys")));
        return builder;
    }

    /// <summary>A relative SQLite file name is placed in the data folder rather than wherever the app was started.</summary>
    public static string ResolveConnectionString(string? configured, DataFolder dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=dashboard.db" : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = dataFolder.Resolve(builder.DataSource);
        return builder.ToString();
    }

    public static void ApplyMigrations(this WebApplication app)
    {
        using var db = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();
        db.Database.Migrate();
    }
}
