using Microsoft.Playwright;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright: Playwright's own browser download needs the internet, which the build
/// machines do not have beyond the package registries.
/// The background-networking flags keep Chromium from calling out of this closed network.
/// </summary>
public static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Path))
            throw new InvalidOperationException($"Chromium is not at {Path}. Run ./test.sh (it installs it) or set CHROMIUM_PATH.");
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Path,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }
}
