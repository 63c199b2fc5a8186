using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.Projects;
using Microsoft.AspNetCore.Identity;
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
    public static Task AddAsync(string dataFolder) => WithServicesAsync(dataFolder, async provider =>
    {
        var accounts = provider.GetRequiredService<NewAccounts>();
        var existing = (await provider.GetRequiredService<AccountDirectory>().ListAsync()).Select(u => u.Email).ToHashSet();
        foreach (var role in DashboardRoles.All.Where(role => !existing.Contains(EmailOf(role))))
        {
            var added = await accounts.AddAsync(EmailOf(role), Password, role, "tests");
            if (!added.Succeeded)
                throw new InvalidOperationException($"The {role} test account was not added: {added.Message}");
        }
        return 0;
    });

    /// <summary>Invites <paramref name="email"/> as an owner would, and returns the token of the invitation link.</summary>
    public static Task<string> InviteAsync(string dataFolder, string email, string role) => WithAccountsAsync(dataFolder, async (NewAccounts accounts) =>
        (await accounts.InviteAsync(email, role, EmailOf(DashboardRoles.Owner))).Value ?? throw new InvalidOperationException($"{email} was not invited."));

    /// <summary>The app's account services over a data folder (its database, migrated, and its keys), e.g. while the app runs.</summary>
    public static Task<T> WithAccountsAsync<TAccounts, T>(string dataFolder, Func<TAccounts, Task<T>> work) where TAccounts : notnull =>
        WithServicesAsync(dataFolder, provider => work(provider.GetRequiredService<TAccounts>()));

    /// <summary>Identity's own user manager over a data folder, for what the dashboard offers no call for (e.g. the failed-sign-in count).</summary>
    public static Task<T> WithUsersAsync<T>(string dataFolder, Func<UserManager<DashboardUser>, Task<T>> work) =>
        WithServicesAsync(dataFolder, async provider =>
        {
            await using var scope = provider.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>());
        });

    /// <summary>The app's account, team and project services over a data folder (its database, migrated, and its keys).</summary>
    public static async Task<T> WithServicesAsync<T>(string dataFolder, Func<IServiceProvider, Task<T>> work)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataFolder.ConfigurationKey] = dataFolder }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDashboardData(configuration, new DataFolder(dataFolder))
            .AddAccounts()
            .AddProjects()
            .AddActivity();
        try
        {
            await using var provider = services.BuildServiceProvider();
            await using (var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
                await db.Database.MigrateAsync();
            await using var scope = provider.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
