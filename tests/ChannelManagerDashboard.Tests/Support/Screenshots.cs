using System.Globalization;
using Microsoft.Playwright;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>Full-page pictures for a reviewer, in TestResults/screenshots/&lt;width&gt;/&lt;page&gt;.png under the repository root (not committed).</summary>
public static class Screenshots
{
    public static Task SaveAsync(IPage page, int width, string name) => page.ScreenshotAsync(new()
    {
        Path = Path.Combine(Repository.Root, "TestResults", "screenshots", width.ToString(CultureInfo.InvariantCulture), $"{name}.png"),
        FullPage = true,
    });
}
