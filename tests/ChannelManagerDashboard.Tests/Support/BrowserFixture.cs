using System.Collections.Concurrent;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Projects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// One Chromium and one running app shared by a collection of browser tests: each test keeps its data apart in a
/// project (or team) of its own instead of a fresh app. A test that needs other settings, an empty dashboard or a
/// restart starts its own <see cref="AppProcess"/>. Each role signs in once per app; later contexts start with its
/// cookies, as a person's second tab does. Uploads are capped at 64 KB here.
/// A test closes every context it opens (<c>await using</c>): a page left open keeps its circuit, timers and, once its
/// app has stopped, the reconnection dialog's animation running in Chromium for the rest of the run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int MaxUploadBytes = 64 * 1024;

    private readonly TempFolder data = new();
    private readonly ConcurrentDictionary<(AppProcess App, string Role), Task<string>> sessions = new();
    private readonly Lazy<Task<int>> accessibleProject;
    private IPlaywright? playwright;

    public BrowserFixture() => accessibleProject = new(CreateAccessibleProjectAsync);

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The app the collection's tests share.</summary>
    public AppProcess App { get; private set; } = default!;

    public string DataFolder => data.Path;

    public async Task InitializeAsync()
    {
        // Two cores shared by the app, Chromium and parallel test classes: give the circuit time rather than flake.
        Assertions.SetDefaultExpectTimeout(15_000);
        var app = StartAppAsync();
        try
        {
            playwright = await Playwright.CreateAsync();
            Browser = await Chromium.LaunchAsync(playwright);
        }
        finally
        {
            // Kept even when Chromium is missing, so that the clean-up stops the app rather than leave it running.
            App = await app;
        }
    }

    /// <summary>
    /// The test accounts get their authenticator keys first, as if each had opened the two-factor page once: that first
    /// visit makes the key and a new security stamp, which would end the sessions kept here.
    /// </summary>
    private async Task<AppProcess> StartAppAsync()
    {
        await TestAccounts.AddAsync(data.Path);
        await TestAccounts.WithUsersAsync(data.Path, async users =>
        {
            foreach (var role in DashboardRoles.All)
                await users.ResetAuthenticatorKeyAsync((await users.FindByEmailAsync(TestAccounts.EmailOf(role)))!);
            return 0;
        });
        return await AppProcess.StartAsync(data.Path,
            new Dictionary<string, string> { ["Preparation__MaxCertificationFileBytes"] = MaxUploadBytes.ToString() });
    }

    /// <summary>A context of the shared app signed in as <paramref name="role"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(string role = DashboardRoles.Owner, BrowserNewContextOptions? options = null) =>
        NewContextAsync(App, role, options);

    /// <summary>A context of <paramref name="app"/> signed in as <paramref name="role"/>, with the cookies of that role's one sign-in.</summary>
    public async Task<IBrowserContext> NewContextAsync(AppProcess app, string role = DashboardRoles.Owner, BrowserNewContextOptions? options = null)
    {
        var signedIn = await sessions.GetOrAdd((app, role), key => SignInOnceAsync(key.App, key.Role));
        return await Browser.NewContextAsync(new BrowserNewContextOptions(options ?? new()) { StorageState = signedIn });
    }

    /// <summary>A new project in the shared app's default team, written to its database; its id.</summary>
    public Task<int> CreateProjectAsync(string name, ProjectKind kind = ProjectKind.ChannelManager) => TestAccounts.WithServicesAsync(data.Path, async services =>
    {
        var input = Services.ValidInput(name);
        input.Kind = kind;
        return (await services.GetRequiredService<ProjectService>().CreateAsync(input, "tests")).Value;
    });

    /// <summary>
    /// A project of the shared app with something on every page: connected, configured, mapped, INV-01 run. Made once,
    /// for the tests that only read it.
    /// </summary>
    public Task<int> AccessibleProjectAsync() => accessibleProject.Value;

    private async Task<int> CreateAccessibleProjectAsync()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var projectId = await page.CreateProjectAsync(App.BaseAddress, "Accessible project", endpointBaseUrl: "");
        await page.ConnectToSimulatorAsync(App.BaseAddress, projectId);
        await page.ImportDemoMappingAsync(App.BaseAddress, projectId, data.Path);
        await page.OpenAsync(App.BaseAddress, $"/projects/{projectId}/play-mews");
        await page.Locator("#harness-INV-01 .run-test").ClickAsync();
        await Expect(page.Locator("#harness-INV-01")).ToHaveAttributeAsync("data-outcome", "passed");
        return projectId;
    }

    private async Task<string> SignInOnceAsync(AppProcess app, string role)
    {
        await using var context = await Browser.NewSignedInContextAsync(app.BaseAddress, role);
        return await context.StorageStateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (App is not null)
            await App.DisposeAsync();
        data.Dispose();
    }
}

/// <summary>
/// The browser tests, in three collections of about equal length that run side by side instead of one after the other,
/// each with its own Chromium and app.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <inheritdoc cref="BrowserCollection"/>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser 2";
}

/// <inheritdoc cref="BrowserCollection"/>
[CollectionDefinition(Name)]
public sealed class ThirdBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser 3";
}
