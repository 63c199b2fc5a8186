using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Dashboard";

    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder) =>
        services.AddDashboardData(configuration, _ => dataFolder);

    /// <param name="dataFolder">
    /// Made when a service first needs it, so a command that never touches the data (certify) neither creates nor checks the folder.
    /// </param>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, DataFolder> dataFolder)
    {
        services.AddSingleton(dataFolder);
        // Features hook into every save through interceptors they register (the activity timeline does).
        services.AddDbContextFactory<DashboardDbContext>((provider, options) => options
            .UseSqlite(ResolveConnectionString(configuration.GetConnectionString(ConnectionStringName), provider.GetRequiredService<DataFolder>()))
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        // Keys in the data folder keep tokens readable and circuits valid across restarts, wherever the app runs from.
        services.AddDataProtection().SetApplicationName(TokenProtector.ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(provider.GetRequiredService<DataFolder>().Keys, provider.GetRequiredService<ILoggerFactory>())));
        return services.AddSingleton<TokenProtector>();
    }

    /// <summary>A relative SQLite file name is placed in the data folder rather than wherever the app was started.</summary>
    public static string ResolveConnectionString(string? configured, DataFolder dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=dashboard.db" : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = dataFolder.Resolve(builder.DataSource);
        return builder.ToString();
    }

    /// <summary>
    /// Starts bringing the database up to date on another thread while the server starts; every request waits for it.
    /// The returned task fails when the database cannot be prepared.
    /// </summary>
    public static Task StartPreparingDatabase(this WebApplication app)
    {
        var preparing = Task.Run(app.PrepareDatabaseAsync);
        app.Use(async (context, next) =>
        {
            await preparing;
            await next(context);
        });
        return preparing;
    }

    /// <summary>Runs the server until shutdown, and stops it at once when the database could not be prepared.</summary>
    public static async Task RunPreparingDatabaseAsync(this WebApplication app, Task preparing)
    {
        await app.StartAsync();
        try
        {
            await preparing;
        }
        catch
        {
            await app.StopAsync();
            throw;
        }
        await app.WaitForShutdownAsync();
    }

    /// <summary>Brings the database up to date at start-up: the schema, then tokens an earlier version encrypted.</summary>
    public static async Task PrepareDatabaseAsync(this IHost app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        // Migrate also compares the model with the last migration, a second or so of start-up; the test run checks that
        // instead (has-pending-model-changes), so a database that is up to date skips it.
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
            await db.Database.MigrateAsync();
        var previous = TokenKeyUpgrade.Candidates(AppContext.BaseDirectory,
            app.Services.GetRequiredService<IConfiguration>().GetSection(TokenKeyUpgrade.PreviousContentRootsKey).Get<string[]>() ?? []);
        await new TokenKeyUpgrade(app.Services.GetRequiredService<DataFolder>().Keys, app.Services.GetRequiredService<TokenProtector>(), previous,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<TokenKeyUpgrade>()).RunAsync(db);
    }
}
