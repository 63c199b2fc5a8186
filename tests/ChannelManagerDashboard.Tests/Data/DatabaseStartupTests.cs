using System.Diagnostics;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>The real binary on a data folder it cannot use: the database is prepared while the server starts.</summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task A_database_file_that_is_not_SQLite_stops_the_app_with_the_reason_and_is_left_as_it_was()
    {
        using var data = new TempFolder();
        var database = Path.Combine(data.Path, "dashboard.db");
        await File.WriteAllTextAsync(database, "these are someone's notes, not a database");
        var start = new ProcessStartInfo(Path.Combine(AppProcess.AppDirectory, "ChannelManagerDashboard"), ["--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data.Path,
        };
        start.Environment["Dashboard__DataFolder"] = data.Path;

        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync();
        var errors = app.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, app.ExitCode);
        Assert.Contains("The dashboard stopped: SQLite Error 26: 'file is not a database'", await output + await errors);
        Assert.Equal("these are someone's notes, not a database", await File.ReadAllTextAsync(database));
    }
}
