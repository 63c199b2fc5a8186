using System.Diagnostics;

namespace ChannelManagerDashboard.Tests.Deployment;

/// <summary>No Docker engine runs here, so the compose file is validated with `docker-compose config` (test.sh installs it).</summary>
public class DockerComposeTests
{
    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ChannelManagerDashboard.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("ChannelManagerDashboard.sln not found above the test output.");
    }

    private static (int ExitCode, string Output) Compose(params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", Path.Combine(RepositoryRoot(), "docker-compose.yml"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start. Run ./test.sh, which installs it.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    [Fact]
    public void The_compose_file_is_valid()
    {
        var (exitCode, output) = Compose("config", "-q");
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_app_keeps_its_data_folder_on_a_volume()
    {
        var (exitCode, output) = Compose("config");

        Assert.Equal(0, exitCode);
        Assert.Contains("Dashboard__DataFolder: /data", output);
        Assert.Contains("- dashboard-data:/data", output);
    }
}
