using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.Data.Sqlite;

namespace ChannelManagerDashboard.Features.Accounts.Cli;

/// <summary>
/// <c>users</c>: accounts for headless and Docker set-ups, on the same data folder and configuration as the app.
/// </summary>
public static class UsersCommand
{
    public const string Name = "users";
    public const int Done = 0;
    public const int Broken = 1;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, TextReader? input = null)
    {
        var (options, error) = UsersOptions.Parse(args, input ?? Console.In);
        if (options is null)
        {
            if (error is null)
            {
                await output.WriteLineAsync(UsersOptions.Usage);
                return Done;
            }
            await errors.WriteLineAsync($"users: {error}");
            return BadInput;
        }
        try
        {
            await using var app = Build();
            await app.PrepareDatabaseAsync();
            await using var scope = app.Services.CreateAsyncScope();
            return await RunAsync(options, scope.ServiceProvider.GetRequiredService<UserAdministration>(), output, errors);
        }
        catch (DataFolderException ex)
        {
            await errors.WriteLineAsync($"users: {ex.Message}");
            return Broken;
        }
        catch (SqliteException ex)
        {
            await errors.WriteLineAsync($"users: the database could not be opened or written ({ex.Message}). Check the data folder and its free space.");
            return Broken;
        }
    }

    private static async Task<int> RunAsync(UsersOptions options, UserAdministration accounts, TextWriter output, TextWriter errors)
    {
        if (options.Action == "list")
        {
            var rows = await accounts.ListAsync();
            foreach (var row in rows)
                await output.WriteLineAsync($"{row.Email}\t{row.Role}\t{(row.Invited ? "invited" : row.LockedOutUntil is { } until ? $"locked until {until:u}" : "active")}\t{(row.TwoFactor ? "2FA" : "password")}\t{(row.Teams.Length > 0 ? row.Teams : "no team")}");
            await output.WriteLineAsync($"{Counted.Of(rows.Count, "account")}");
            return Done;
        }
        var result = options.Action switch
        {
            "add" => await accounts.AddAsync(options.Email, options.Password, options.Role, "users add", options.Team),
            "remove" => await accounts.RemoveAsync(options.Email),
            "sign-out" => await accounts.EndSessionsAsync(options.Email, "signed out everywhere by the users command"),
            _ => await accounts.ResetPasswordAsync(options.Email, options.Password),
        };
        if (!result.Succeeded)
        {
            await errors.WriteLineAsync($"users: {result.Message}");
            return result.Kind == ResultKind.Failed ? Broken : BadInput;
        }
        await output.WriteLineAsync(result.Notices.Count > 0 ? string.Join(" ", result.Notices) : "Done.");
        return Done;
    }

    /// <summary>The app's configuration, data folder and accounts, without a web server or console logging.</summary>
    private static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.AddDashboardData(DataFolder.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAccounts();
        return builder.Build();
    }
}
