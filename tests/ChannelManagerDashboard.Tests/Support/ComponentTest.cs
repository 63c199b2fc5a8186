using Bunit;
using Bunit.TestDoubles;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using MudBlazor;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A bUnit context wired like the app (the same <see cref="DashboardHost.AddDashboardServices"/>) over a migrated SQLite file in a temp data
/// folder, with a fixed clock. MudBlazor's popover service is only async-disposable, so xunit disposes the context
/// through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly TempFolder data = new();

    protected ComponentTest()
    {
        // bUnit waits 1 s by default: on two busy cores (a browser journey alongside) a page's database round trips can
        // take longer. A wait still ends as soon as its condition holds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DataFolder.ConfigurationKey] = data.Path,
                // Demo and Production answer through Flurl's HttpTest, or not at all.
                ["MewsApi:DemoBaseUrl"] = CannedMews.BaseUrl,
                ["MewsApi:ProductionBaseUrl"] = CannedMews.BaseUrl,
                ["MewsApi:RetryDelay"] = "00:00:00.010",
            })
            .Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddLogging();
        Services.AddSingleton<Microsoft.AspNetCore.Hosting.Server.IServer, AddressOnlyServer>();
        Services.AddDashboardServices(configuration, _ => new DataFolder(data.Path));
        // What AddDashboardComponents adds besides the Razor components' hosting, which needs a web host.
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>();
        // Signed in as an owner unless a test says otherwise (SignedInAs).
        Authorization = AddAuthorization();
        SignedInAs(DashboardRoles.Owner);
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The pages disable their buttons until the circuit is live, as prerendered HTML cannot act.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected FixedClock Clock { get; } = FixedClock.At2026();

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>The page is rendered for the test account of <paramref name="role"/>; call before rendering.</summary>
    protected void SignedInAs(string role)
    {
        Authorization.SetAuthorized(TestAccounts.EmailOf(role));
        Authorization.SetRoles(role);
    }

    protected string DataPath => data.Path;

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await using var db = await Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    protected async Task<int> CreateProjectAsync(ProjectInput? input = null)
    {
        var created = await Get<ProjectService>().CreateAsync(input ?? Support.Services.ValidInput(), TestAccounts.EmailOf(DashboardRoles.Owner));
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    /// <summary>A picked connection, as P4 leaves it (its token is not one Mews would accept).</summary>
    protected async Task<int> AddConnectionAsync(int projectId)
    {
        await using var db = await Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var connection = new PropertyConnection
        {
            ProjectId = projectId, Environment = MewsEnvironment.Demo, PropertyId = "keizersgracht-demo", PropertyName = "Keizersgracht Demo Hotel & Hostel",
            ConnectionName = "CM connection - main", ProtectedToken = "", TokenHint = "C90C…B43", TokenFingerprint = $"fingerprint-{projectId}",
            ChosenBy = "Jana", ChosenAt = Clock.Now,
        };
        db.PropertyConnections.Add(connection);
        await db.SaveChangesAsync();
        return connection.Id;
    }

    /// <summary>A fetched configuration, as P5 keeps it.</summary>
    protected async Task<int> AddSnapshotAsync(int projectId, int connectionId, string json, DateTimeOffset at)
    {
        await using var db = await Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var snapshot = new PropertyProfileSnapshot
        {
            ProjectId = projectId, ConnectionId = connectionId, FetchedAt = at, FetchedBy = "Jana", PropertyName = "Keizersgracht Demo Hotel & Hostel",
            SpaceTypeCount = 7, RatePlanCount = 6, InventoryMappingCount = 26, ProfileJson = json,
        };
        db.PropertyProfileSnapshots.Add(snapshot);
        await db.SaveChangesAsync();
        return snapshot.Id;
    }

    /// <summary>Where lists, menus and tooltips open.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>Where dialogs open, once <see cref="RenderWithProviders{T}"/> has rendered it.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Where notices (snackbars) show.</summary>
    protected IRenderedComponent<MudSnackbarProvider> Notices { get; private set; } = default!;

    /// <summary>Renders <typeparamref name="T"/> with the providers the layout gives every page (popovers, dialogs, notices).</summary>
    protected IRenderedComponent<T> RenderWithProviders<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null) where T : IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Notices = Render<MudSnackbarProvider>();
        return Render(parameters);
    }
}
