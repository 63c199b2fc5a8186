using System.Diagnostics;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>The real binary on a data folder it cannot use: it stops with exit code 1 and says why.</summary>
[Collection(HarnessCollection.Name)]
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_database_file_that_is_not_SQLite_stops_the_app_with_the_reason_and_is_left_as_it_was()
    {
        using var data = new TempFolder();
        var database = Path.Combine(data.Path, "dashboard.db");
        await File.WriteAllTextAsync(database, "these are someone's notes, not a database");

        var (exitCode, output) = await RunAsync(data.Path, data.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("The dashboard stopped: SQLite Error 26: 'file is not a database'", output);
        Assert.Equal("these are someone's notes, not a database", await File.ReadAllTextAsync(database));
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_stops_the_app_with_one_message_and_no_stack_trace()
    {
        using var data = new TempFolder();
        var file = Path.Combine(data.Path, "a-file");
        await File.WriteAllTextAsync(file, "");

        var (exitCode, output) = await RunAsync(data.Path, Path.Combine(file, "data"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"The dashboard did not start. The data folder {Path.Combine(file, "data")} cannot be used:", output);
        Assert.DoesNotContain("   at ", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string workingFolder, string dataFolder)
    {
        var start = new ProcessStartInfo(Path.Combine(AppProcess.AppDirectory, "ChannelManagerDashboard"), ["--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
        };
        start.Environment["Dashboard__DataFolder"] = dataFolder;
        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync();
        var errors = app.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.WaitForExitAsync(timeout.Token);
        return (app.ExitCode, await output + await errors);
    }
}
