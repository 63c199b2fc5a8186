using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A private PostgreSQL server for this test run, started from Debian's binaries on a free loopback port with its files in
/// a temp folder (no Docker daemon runs on these machines), and stopped when the test process ends. Every test database is
/// a copy of one migrated template, so a test gets a fresh, migrated database in a few tens of milliseconds.
/// </summary>
public sealed class PostgreSqlServer
{
    private const string Template = "cmd_template";
    private static readonly Lazy<PostgreSqlServer> Started = new(Start);
    private static int databases;

    private readonly string folder;
    private readonly Func<string[], ProcessStartInfo> asOwner;

    private PostgreSqlServer(string folder, int port, Func<string[], ProcessStartInfo> asOwner)
    {
        this.folder = folder;
        this.asOwner = asOwner;
        Port = port;
    }

    /// <summary>The run's server, started on first use.</summary>
    public static PostgreSqlServer Shared => Started.Value;

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    /// <summary>A new database copied from the migrated template.</summary>
    public string CreateDatabase()
    {
        var name = $"cmd_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        Execute($"CREATE DATABASE {name} TEMPLATE {Template} STRATEGY FILE_COPY");
        return ConnectionString(name);
    }

    /// <summary>An empty database, as a user creates one for the dashboard to migrate or to copy data into.</summary>
    public string CreateEmptyDatabase()
    {
        var name = $"cmd_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}_empty";
        Execute($"CREATE DATABASE {name}");
        return ConnectionString(name);
    }

    public void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var connection = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(connection);
        Execute($"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgreSqlServer Start()
    {
        var bin = Binaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: run ./test.sh (it installs Debian's postgresql package) or set POSTGRES_BIN to the folder with initdb and pg_ctl.");
        var folder = Directory.CreateTempSubdirectory("cmd-pg-").FullName;
        // PostgreSQL refuses to run as root: as root, the server runs as Debian's postgres user, which owns the folder.
        var root = Environment.UserName == "root";
        if (root)
            Run(new ProcessStartInfo("chown", ["-R", "postgres:postgres", folder]));
        ProcessStartInfo AsOwner(string[] command) => root
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", .. command])
            : new ProcessStartInfo(command[0], command[1..]);

        var data = Path.Combine(folder, "data");
        Run(AsOwner([Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]));
        var port = FreePort();
        Run(AsOwner([Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400",
            "start"]));
        var server = new PostgreSqlServer(folder, port, AsOwner);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(bin);
        server.MigrateTemplate();
        return server;
    }

    private void MigrateTemplate()
    {
        Execute($"CREATE DATABASE {Template}");
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseNpgsql(ConnectionString(Template) + ";Pooling=false").Options;
        using var db = new PostgreSqlDashboardDbContext(options);
        db.Database.Migrate();
    }

    /// <summary>At the end of the test process; ./test.sh also removes what a killed process leaves.</summary>
    private void Stop(string bin)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Run(asOwner([Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "stop"]));
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"The test PostgreSQL server in {folder} was not stopped cleanly: {ex.Message}");
        }
    }

    private static string? Binaries()
    {
        if (Environment.GetEnvironmentVariable("POSTGRES_BIN") is { Length: > 0 } given)
            return given;
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {output.Result}{errors}");
    }
}
