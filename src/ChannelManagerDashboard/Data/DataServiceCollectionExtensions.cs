using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder) =>
        services.AddDashboardData(configuration, _ => dataFolder);

    /// <param name="dataFolder">
    /// Made when a service first needs it, so a command that never touches the data (certify) neither creates nor checks the folder.
    /// </param>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, DataFolder> dataFolder)
    {
        services.AddSingleton(dataFolder);
        services.AddSingleton(provider => DatabaseSettings.From(configuration, provider.GetRequiredService<DataFolder>()));
        // Features hook into every save through interceptors they register (the activity timeline does).
        services.AddDbContextFactory<DashboardDbContext, DashboardDbContextFactory>((provider, options) => options
            .UseDashboardDatabase(provider.GetRequiredService<DatabaseSettings>())
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        // Keys kept with the data keep tokens readable and circuits valid across restarts, wherever the app runs from:
        // in the data folder beside the SQLite file, or in PostgreSQL where every instance reads the same ring.
        var keys = services.AddDataProtection().SetApplicationName(TokenProtector.ApplicationName);
        services.AddSingleton<TokenProtector>();
        if (!DatabaseSettings.IsPostgreSql(configuration))
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new FileSystemXmlRepository(provider.GetRequiredService<DataFolder>().Keys, provider.GetRequiredService<ILoggerFactory>())));
            return services.AddSingleton<IMessageBus, LocalMessageBus>();
        }
        // The key store asks for its context from a scope.
        services.AddScoped(provider => (PostgreSqlDashboardDbContext)provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        keys.PersistKeysToDbContext<PostgreSqlDashboardDbContext>();
        services.AddSingleton<PostgreSqlMessageBus>().AddHostedService(provider => provider.GetRequiredService<PostgreSqlMessageBus>());
        return services.AddSingleton<IMessageBus>(provider => provider.GetRequiredService<PostgreSqlMessageBus>());
    }

    public static DbContextOptionsBuilder UseDashboardDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.PostgreSQL ? options.UseNpgsql(settings.ConnectionString) : options.UseSqlite(settings.ConnectionString);

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
    /// <remarks>
    /// On PostgreSQL the Data Protection keys are in the database, and the host reads them as it starts: the schema
    /// must be there first. SQLite keeps them in the data folder, so its server starts while the file is migrated.
    /// </remarks>
    public static async Task RunPreparingDatabaseAsync(this WebApplication app, Task preparing)
    {
        if (app.Services.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.PostgreSQL)
            await preparing;
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

    /// <summary>
    /// Applies the migrations the database lacks. Migrate also compares the model with the last migration, a second or so
    /// of start-up; the test run checks that instead (has-pending-model-changes), so a database that is up to date skips it.
    /// </summary>
    public static async Task BringUpToDateAsync(this DashboardDbContext db, CancellationToken cancellation = default)
    {
        if (db is not PostgreSqlDashboardDbContext)
        {
            await MigrateIfBehindAsync(db, cancellation);
            return;
        }
        // Instances starting together on one server take turns (CREATE TABLE IF NOT EXISTS is not safe against a
        // concurrent one), under a lock held by this connection only.
        await db.Database.OpenConnectionAsync(cancellation);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellation);
            // Npgsql reads the history table without asking whether it exists, and an empty database's missing table is
            // logged as a failed command, an error that is none (npgsql/efcore.pg#3407): the table is made first.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellation);
            await MigrateIfBehindAsync(db, cancellation);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The advisory lock id instances migrating one PostgreSQL database take turns under.</summary>
    private const long MigrationLock = 0x434D44_4D494752;

    private static async Task MigrateIfBehindAsync(DashboardDbContext db, CancellationToken cancellation)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellation)).Any())
            await db.Database.MigrateAsync(cancellation);
    }

    /// <summary>Brings the database up to date at start-up: the schema, then tokens an earlier version encrypted.</summary>
    public static async Task PrepareDatabaseAsync(this IHost app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        await db.BringUpToDateAsync();
        // Only a SQLite data folder can hold tokens from the .NET 9 release, which had no other engine.
        if (db is PostgreSqlDashboardDbContext)
            return;
        var previous = TokenKeyUpgrade.Candidates(AppContext.BaseDirectory,
            app.Services.GetRequiredService<IConfiguration>().GetSection(TokenKeyUpgrade.PreviousContentRootsKey).Get<string[]>() ?? []);
        await new TokenKeyUpgrade(app.Services.GetRequiredService<DataFolder>().Keys, app.Services.GetRequiredService<TokenProtector>(), previous,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<TokenKeyUpgrade>()).RunAsync(db);
    }
}
