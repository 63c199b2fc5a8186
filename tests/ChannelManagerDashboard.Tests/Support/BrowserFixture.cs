using Microsoft.Playwright;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>One Chromium shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright playwright = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Two cores shared by the app, Chromium and parallel test classes: give the circuit time rather than flake.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
