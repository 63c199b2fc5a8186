using System.Security.Cryptography;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Secret = ChannelManagerDashboard.Domain.Mews.Secret;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary><c>migrate-data</c> from a SQLite data folder the app made into the run's private PostgreSQL server.</summary>
public sealed class MigrateDataTests : IDisposable
{
    private const string ClientToken = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    private const string ConnectionToken = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";

    private readonly TempFolder source = new();
    private readonly string target = PostgreSqlServer.Shared.CreateEmptyDatabase();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        source.Dispose();
        PostgreSqlServer.Shared.DropDatabase(target);
    }

    [Fact]
    public async Task Everything_moves_the_tokens_still_decrypt_and_the_source_is_left_as_it_was()
    {
        var (projectId, simulatorKey) = await FillSourceAsync();
        var before = Fingerprint(Path.Combine(source.Path, "dashboard.db"));

        var (exit, output, errors) = await AppCommands.RunAsync(["migrate-data", "--to", target, "--from", source.Path]);

        Assert.True(exit == 0, errors + output);
        Assert.Matches(@"Copied \d+ rows in \d+ tables \(every count checked against the source\), \d+ Data Protection keys?; 2 stored tokens decrypt with the copied keys\.", output);
        Assert.DoesNotContain(ClientToken, output + errors);
        Assert.Equal(before, Fingerprint(Path.Combine(source.Path, "dashboard.db")));
        Assert.True(File.Exists(Path.Combine(source.Path, SimulatorKey.FileName)), "the source's simulator key file stays");

        await using var app = OnPostgreSql(target, Path.Combine(source.Path, "instance"));
        var protector = app.GetRequiredService<TokenProtector>();
        await using var db = await app.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var credential = await db.Set<ClientCredential>().SingleAsync();
        Assert.Equal(ClientToken, protector.Unprotect(credential.ProtectedClientToken)?.Reveal());
        Assert.Equal(ConnectionToken, protector.Unprotect((await db.Set<PropertyConnection>().SingleAsync()).ProtectedToken)?.Reveal());
        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Equal("Moved CM", (await db.Projects.SingleAsync()).Name);
        Assert.Equal(simulatorKey, SimulatorKey.LoadOrCreate(app.GetRequiredService<IDbContextFactory<DashboardDbContext>>(), new DataFolder(source.Path),
            app.GetRequiredService<IDataProtectionProvider>(), new ListLogger<MigrateDataTests>()));

        db.Projects.Add(new() { Name = "After the move", PartnerId = "INT2" });
        await db.SaveChangesAsync();
        Assert.True((await db.Projects.MaxAsync(p => p.Id)) > projectId, "new rows get ids after the copied ones");
    }

    [Fact]
    public async Task A_target_that_is_not_empty_is_refused_and_left_alone()
    {
        await FillSourceAsync();
        Assert.Equal(0, (await AppCommands.RunAsync(["migrate-data", "--to", target, "--from", source.Path])).Exit);

        var again = await AppCommands.RunAsync(["migrate-data", "--to", target, "--from", source.Path]);
        var other = PostgreSqlServer.Shared.CreateEmptyDatabase();
        try
        {
            new Npgsql.NpgsqlDataSourceBuilder(other).Build().CreateCommand("CREATE TABLE invoices (id int)").ExecuteNonQuery();
            var foreign = await AppCommands.RunAsync(["migrate-data", "--to", other, "--from", source.Path]);

            Assert.Equal(2, again.Exit);
            Assert.Contains("already holds dashboard data", again.Errors);
            Assert.Contains("create a new one and point --to at it", again.Errors);
            Assert.Equal(2, foreign.Exit);
            Assert.Contains("e.g. public.invoices, that are not the dashboard's", foreign.Errors);
        }
        finally
        {
            PostgreSqlServer.Shared.DropDatabase(other);
        }
    }

    [Fact]
    public async Task Bad_input_says_what_to_give()
    {
        var missing = await AppCommands.RunAsync(["migrate-data", "--to", target, "--from", Path.Combine(source.Path, "nowhere")]);
        var noTo = await AppCommands.RunAsync(["migrate-data", "--from", source.Path]);
        var sqliteTarget = await AppCommands.RunAsync(["migrate-data", "--to", "Data Source=dashboard.db", "--from", source.Path]);
        var down = await AppCommands.RunAsync(["migrate-data", "--to", "Host=127.0.0.1;Port=1;Username=x;Password=secret-password;Database=d;Timeout=2", "--from", source.Path]);

        Assert.Equal(2, missing.Exit);
        Assert.Contains("there is no data folder at", missing.Errors);
        Assert.Contains("--to is required", noTo.Errors);
        Assert.Equal(2, sqliteTarget.Exit);
        Assert.Contains("--to must name the PostgreSQL server", sqliteTarget.Errors);
        Assert.Equal(2, down.Exit);
        Assert.Contains("there is no SQLite database at", down.Errors);
        await FillSourceAsync();
        down = await AppCommands.RunAsync(["migrate-data", "--to", "Host=127.0.0.1;Port=1;Username=x;Password=secret-password;Database=d;Timeout=2", "--from", source.Path]);
        Assert.Equal(1, down.Exit);
        Assert.Contains("the PostgreSQL database d on 127.0.0.1:1 refused the copy, so nothing was kept", down.Errors);
        Assert.DoesNotContain("secret-password", down.Errors + down.Output);
    }

    [Fact]
    public void Every_column_of_a_table_is_on_its_class_so_copying_the_objects_copies_every_value()
    {
        using var db = new DashboardDbContext(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite("Data Source=:memory:").Options);

        var shadow = db.Model.GetEntityTypes().Where(e => !e.IsOwned())
            .SelectMany(e => e.GetProperties().Where(p => p.IsShadowProperty()).Select(p => $"{e.GetTableName()}.{p.Name}"));

        Assert.Empty(shadow);
    }

    /// <summary>A data folder as the app leaves it: accounts, a project with a client and a connection token, and an earlier version's simulator key file.</summary>
    private async Task<(int ProjectId, byte[] SimulatorKey)> FillSourceAsync()
    {
        await TestAccounts.AddAsync(source.Path);
        await using var app = new ServiceCollection().AddLogging()
            .AddDashboardData(new ConfigurationBuilder().Build(), new DataFolder(source.Path)).BuildServiceProvider();
        var protector = app.GetRequiredService<TokenProtector>();
        await using var db = await app.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var project = new CertificationProject { Name = "Moved CM", PartnerId = "INT1" };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        db.Add(new ClientCredential { ProjectId = project.Id, Environment = MewsEnvironment.Demo, ProtectedClientToken = protector.Protect(new Secret(ClientToken)) });
        db.Add(new PropertyConnection { ProjectId = project.Id, Environment = MewsEnvironment.Demo, PropertyName = "Hotel", ProtectedToken = protector.Protect(new Secret(ConnectionToken)) });
        await db.SaveChangesAsync();
        var key = RandomNumberGenerator.GetBytes(32);
        await File.WriteAllBytesAsync(Path.Combine(source.Path, SimulatorKey.FileName),
            app.GetRequiredService<IDataProtectionProvider>().CreateProtector("ChannelManagerDashboard.SimulatorProjectTokens.v1").Protect(key));
        return (project.Id, key);
    }

    private static ServiceProvider OnPostgreSql(string connectionString, string dataFolder) => new ServiceCollection().AddLogging()
        .AddDashboardData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = "PostgreSQL",
            ["ConnectionStrings:Dashboard"] = connectionString,
        }).Build(), new DataFolder(dataFolder)).BuildServiceProvider();

    private static string Fingerprint(string file)
    {
        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
    }
}
