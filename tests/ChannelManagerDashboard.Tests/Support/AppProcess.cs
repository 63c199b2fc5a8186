using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// The real app binary (the web project's own build output) started as a child process on 127.0.0.1:0,
/// with its data folder in a temp directory. The address is read from the "Now listening on:" line.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> awaited = [];

    private AppProcess(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The app's process id, for the benchmark that reads its memory.</summary>
    public int ProcessId => process.Id;

    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    /// <summary>
    /// The web project's output folder: DASHBOARD_APP_DIR when set (the benchmarks run a Release build), otherwise
    /// mirrored from this assembly's (same configuration and RID).
    /// </summary>
    public static string AppDirectory { get; } = Environment.GetEnvironmentVariable("DASHBOARD_APP_DIR") is { Length: > 0 } given
        ? given
        : AppContext.BaseDirectory.Replace(Path.Combine("tests", "ChannelManagerDashboard.Tests"), Path.Combine("src", "ChannelManagerDashboard"));

    /// <param name="accounts">Whether the data folder gets the test accounts (<see cref="TestAccounts"/>) first.</param>
    public static async Task<AppProcess> StartAsync(string dataFolder, IDictionary<string, string>? environment = null, bool accounts = true)
    {
        if (accounts)
            await TestAccounts.AddAsync(dataFolder);
        var start = new ProcessStartInfo(Path.Combine(AppDirectory, "ChannelManagerDashboard"), ["--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        start.Environment["Dashboard__DataFolder"] = dataFolder;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        void OnLine(string? line)
        {
            if (line is null)
                return;
            lock (app.output)
            {
                app.output.AppendLine(line);
                foreach (var waiter in app.awaited.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
                {
                    waiter.Seen.TrySetResult();
                    app.awaited.Remove(waiter);
                }
            }
            if (ListeningLine().Match(line) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The app exited before listening:\n{app.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            app.BaseAddress = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the app prints a line containing <paramref name="text"/> (at once if it already has).</summary>
    public Task WaitForOutputAsync(string text)
    {
        lock (output)
        {
            if (output.ToString().Contains(text, StringComparison.Ordinal))
                return Task.CompletedTask;
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            awaited.Add((text, seen));
            return seen.Task;
        }
    }

    /// <summary>Runs the app binary as a command (e.g. <c>users add ...</c>) on a data folder and waits for it to end.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunCommandAsync(string dataFolder, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppDirectory, "ChannelManagerDashboard"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        start.Environment["Dashboard__DataFolder"] = dataFolder;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>An HTTP client signed in as <paramref name="role"/>'s test account.</summary>
    public Task<HttpClient> SignedInClientAsync(string role = ChannelManagerDashboard.Features.Accounts.DashboardRoles.Owner) => SignIn.SignedInClientAsync(BaseAddress, role);

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
