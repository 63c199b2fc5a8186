using System.Diagnostics;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Deployment;

/// <summary>No Docker engine runs here, so the compose file is validated with `docker-compose config` (test.sh installs it).</summary>
public class DockerComposeTests
{
    private static (int ExitCode, string Output) Compose(params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", Path.Combine(Repository.Root, "docker-compose.yml"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("docker-compose is not installed. Run ./test.sh, which installs it.", ex);
        }
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
        Assert.Contains("- dashboard-data:/data", output);
        Assert.Contains("Dashboard__DataFolder=/data", File.ReadAllText(Path.Combine(Repository.Root, "Dockerfile")));
    }

    [Fact]
    public void The_port_is_published_on_the_host_s_loopback_only_unless_asked()
    {
        var (exitCode, output) = Compose("config");

        Assert.Equal(0, exitCode);
        Assert.Contains("127.0.0.1:5080:8080", output);
    }
}
