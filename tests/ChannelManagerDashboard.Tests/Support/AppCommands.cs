using ChannelManagerDashboard.Hosting.Commands;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>The app's commands run in this process, as Program runs them: parsed by System.CommandLine, on the app's own host.</summary>
public static class AppCommands
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string[] args, TextReader? input = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await DashboardCommands.InvokeAsync(args, new CommandConsole(output, errors, input ?? TextReader.Null), CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }
}
