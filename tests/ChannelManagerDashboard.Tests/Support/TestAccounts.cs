using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// One account per role in a data folder, made with the app's own account services before the app starts. Shared with
/// the benchmarks, so it uses no test framework.
/// </summary>
public static class TestAccounts
{
    public const string Password = "test passphrase 2026";

    public static string EmailOf(string role) => role.ToLowerInvariant() + "@example.com";

    /// <summary>Adds an owner, a member and a viewer unless they exist already (a restarted app keeps them).</summary>
    public static async Task AddAsync(string dataFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataFolder.ConfigurationKey] = dataFolder }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDashboardData(configuration, new DataFolder(dataFolder))
            .AddAccounts();
        await using (var provider = services.BuildServiceProvider())
        {
            await using (var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
                await db.Database.MigrateAsync();
            var accounts = provider.GetRequiredService<UserAdministration>();
            var existing = (await accounts.ListAsync()).Select(u => u.Email).ToHashSet();
            foreach (var role in DashboardRoles.All.Where(role => !existing.Contains(EmailOf(role))))
            {
                var added = await accounts.AddAsync(EmailOf(role), Password, role, "tests");
                if (!added.Succeeded)
                    throw new InvalidOperationException($"The {role} test account was not added: {added.Message}");
            }
        }
        SqliteConnection.ClearAllPools();
    }
}
