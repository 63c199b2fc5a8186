using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChannelManagerDashboard.Data;

/// <summary>Which engine, and where: <c>Database:Provider</c> and <c>ConnectionStrings:Dashboard</c>, checked before anything opens.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Dashboard";
    private const string SqliteDefault = "Data Source=dashboard.db";

    /// <summary>Where the data is, for the log and messages: the SQLite file, or PostgreSQL's host and database without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
            return new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        var server = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {server.Database ?? server.Username} on {server.Host}:{server.Port}";
    }

    /// <summary>Whether the configuration asks for PostgreSQL, for wiring that differs; the settings themselves are checked by <see cref="From"/>.</summary>
    public static bool IsPostgreSql(IConfiguration configuration) => Parse(configuration[ProviderKey]) == DatabaseProvider.PostgreSQL;

    /// <exception cref="DatabaseSettingsException">The provider is unknown, or the connection string does not fit it.</exception>
    public static DatabaseSettings From(IConfiguration configuration, DataFolder dataFolder)
    {
        var provider = ProviderFrom(configuration[ProviderKey]);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return provider == DatabaseProvider.Sqlite
            ? new(provider, SqliteFile(configured, dataFolder.Path))
            : new(provider, PostgreSql(configured, $"With {ProviderKey} = {nameof(DatabaseProvider.PostgreSQL)}, ConnectionStrings:{ConnectionStringName} " +
                $"(ConnectionStrings__{ConnectionStringName}) must name the server"));
    }

    /// <summary>A PostgreSQL database given on a command line (<paramref name="option"/>), checked like the configured one.</summary>
    /// <exception cref="DatabaseSettingsException">The connection string cannot be read or names no server.</exception>
    public static DatabaseSettings PostgreSqlAt(string connectionString, string option) =>
        new(DatabaseProvider.PostgreSQL, PostgreSql(connectionString, $"{option} must name the PostgreSQL server"));

    /// <summary>A relative SQLite file name is placed in the data folder rather than wherever the app was started.</summary>
    public static string SqliteFile(string? configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? SqliteDefault : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = Path.Combine(dataFolder, builder.DataSource);
        return builder.ToString();
    }

    /// <returns>The provider configured, SQLite when none is, or null for a name the dashboard does not know.</returns>
    private static DatabaseProvider? Parse(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : null;

    private static DatabaseProvider ProviderFrom(string? configured) =>
        Parse(configured) ?? throw new DatabaseSettingsException($"{ProviderKey} is \"{configured}\", which is not a database the dashboard knows. " +
            $"Use {DatabaseProvider.Sqlite} (the default, one file in the data folder) or {DatabaseProvider.PostgreSQL}.");

    private static string PostgreSql(string? configured, string mustName)
    {
        var what = $"{mustName}, e.g. \"Host=db;Database=dashboard;Username=dashboard;Password=…\"";
        if (string.IsNullOrWhiteSpace(configured) || configured.Trim() == SqliteDefault)
            throw new DatabaseSettingsException($"{what}; it is {(string.IsNullOrWhiteSpace(configured) ? "empty" : "still the SQLite file name")}.");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseSettingsException($"{what}; it cannot be read: {ex.Message}");
        }
        return string.IsNullOrWhiteSpace(builder.Host)
            ? throw new DatabaseSettingsException($"{what}; it has no Host.")
            : builder.ConnectionString;
    }
}

/// <summary>The database settings cannot be used, with what to change; the app stops with this message alone.</summary>
public sealed class DatabaseSettingsException(string message) : Exception(message);
