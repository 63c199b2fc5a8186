using System.CommandLine;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Hosting.Commands;

namespace ChannelManagerDashboard.Data.Moving;

/// <summary><c>migrate-data --to "Host=…"</c>: moves a SQLite install up to PostgreSQL without losing a byte (<see cref="SqliteToPostgreSql"/>).</summary>
public static class MigrateDataCommand
{
    public const string Name = "migrate-data";
    public const int Done = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    private const string Notes = """
        The source is read, never changed: keep it until the dashboard runs well on PostgreSQL. Logs are not copied.
        Exit codes: 0 copied and checked, 2 bad usage or a target that is not empty (nothing written), 1 the copy failed a check or PostgreSQL refused it (nothing kept).
        """;

    public static UsageCommand Create(CommandConsole console)
    {
        var to = new Option<string>("--to")
        {
            HelpName = "\"Host=…;Database=…;Username=…;Password=…\"",
            Description = "The empty PostgreSQL database to copy into (create it first: CREATE DATABASE dashboard). Required.",
        };
        var from = new Option<string>("--from")
        {
            HelpName = "FOLDER",
            Description = "The SQLite data folder (database, keys, simulator key). Default: the app's own (Dashboard:DataFolder).",
        };
        return new UsageCommand(Name, "Copies a SQLite data folder into an empty PostgreSQL database and checks that nothing was lost.", Name, Notes, [to, from])
            .Runs(console.Errors, parsed => parsed.GetValue(to) is { Length: > 0 } target
                    ? Result.Of(new Options(target, parsed.GetValue(from)))
                    : Result.Invalid(Result.Whole, "--to is required: the PostgreSQL database to copy into. Run with --help for the options.").As<Options>(),
                (services, _) => services,
                (options, host, cancellation) => RunAsync(options.Target, options.From, host.Services.GetRequiredService<IConfiguration>(), console, cancellation));
    }

    private sealed record Options(string Target, string? From);

    private static async Task<int> RunAsync(string to, string? from, IConfiguration configuration, CommandConsole console, CancellationToken cancellation)
    {
        DatabaseSettings target;
        string folder;
        try
        {
            target = DatabaseSettings.PostgreSqlAt(to, "--to");
            folder = Path.GetFullPath(from ?? DataFolder.PathFrom(configuration));
        }
        catch (DatabaseSettingsException ex)
        {
            await console.Errors.WriteLineAsync($"{Name}: {ex.Message}");
            return Refused;
        }
        if (!Directory.Exists(folder))
        {
            await console.Errors.WriteLineAsync($"{Name}: there is no data folder at {folder}. Point --from at the folder the app used (its log's first line says \"Data folder: …\").");
            return Refused;
        }
        // The app's own SQLite file name, unless the configuration already names the PostgreSQL server.
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseSettings.SqliteFile(
            DatabaseSettings.IsPostgreSql(configuration) ? null : configuration.GetConnectionString(DatabaseSettings.ConnectionStringName), folder)).DataSource;

        await console.Output.WriteLineAsync($"Copying {file} and the keys in {folder} into the {target.Describe()}:");
        var moved = await new SqliteToPostgreSql(console.Output).RunAsync(folder, file, target, cancellation);
        if (moved.Value is not { } report)
        {
            await console.Errors.WriteLineAsync($"{Name}: {moved.Message}");
            return moved.Kind is ResultKind.Invalid or ResultKind.Conflict ? Refused : Failed;
        }
        var rows = report.Tables.Sum(t => t.Target);
        await console.Output.WriteLineAsync($"Copied {Counted.Of(rows, "row")} in {Counted.Of(report.Tables.Count, "table")} (every count checked against the source), " +
            $"{Counted.Of(report.Keys, "Data Protection key")}; {Counted.Of(report.TokensDecrypted, "stored token")} decrypt with the copied keys" +
            (report.TokensUnreadableBefore > 0 ? $" ({report.TokensUnreadableBefore} could not be decrypted in the source either)." : "."));
        await console.Output.WriteLineAsync($"Next: run the dashboard with {DatabaseSettings.ProviderKey.Replace(":", "__", StringComparison.Ordinal)}=PostgreSQL and " +
            $"ConnectionStrings__{DatabaseSettings.ConnectionStringName} set to the --to value. Keep {folder} until it runs well there.");
        return Done;
    }
}
