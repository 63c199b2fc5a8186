using ChannelManagerDashboard.Components;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.PropertyProfile;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Features.GoLive;
using ChannelManagerDashboard.Features.Health;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Hosting;

/// <summary>
/// The app's wiring in one place: the web app, the commands and the component tests all build their services here.
/// </summary>
public static class DashboardHost
{
    /// <summary>The content root is the output folder, where the repository-root appsettings.json is copied.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    /// <summary>
    /// A command's host: the app's configuration, and the services of the features the command uses, registered by the
    /// same <c>Add&lt;Feature&gt;()</c> extensions the app uses. No web server, no pages, no logging provider;
    /// registering every feature cost certify a third of its run.
    /// </summary>
    public static IHost BuildForCommand(Func<IServiceCollection, IConfiguration, IServiceCollection> features)
    {
        // The web app's configuration sources, without what a short-lived command pays for and never uses (file watchers
        // for reloading, four logging providers): the host's defaults cost certify about 10 ms.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        // A scoped service taken from the root is refused, as it is to the web app in development. The graph is not
        // validated at build: a feature's services may need another feature's that the command leaves out.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true }));
        features(builder.Services.AddSingleton(TimeProvider.System), builder.Configuration);
        return builder.Build();
    }

    /// <summary>Every feature and the data folder, for a command that works on the dashboard's data.</summary>
    public static IServiceCollection AllFeatures(IServiceCollection services, IConfiguration configuration) =>
        services.AddDashboardServices(configuration, _ => DataFolder.FromConfiguration(configuration));

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder, Func<IServiceProvider, DataFolder> dataFolder)
    {
        builder.Services.AddDashboardComponents().AddDashboardServices(builder.Configuration, dataFolder);
        return builder;
    }

    /// <summary>The data and every feature's services; what the Razor components need to be hosted is added apart.</summary>
    public static IServiceCollection AddDashboardServices(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, DataFolder> dataFolder) =>
        services.AddDashboardData(configuration, dataFolder)
            .AddAccounts().AddProjects().AddPreparation().AddTestTracker().AddHealth()
            .AddMewsApi().AddMewsSimulator().AddPropertyConnections().AddPropertyProfile().AddMapping()
            .AddReferenceCm().AddPlayMews().AddReservations().AddCertificationCall().AddExports().AddGoLive().AddConnectorReview().AddActivity();

    /// <summary>The middleware, every feature's endpoints and the pages.</summary>
    /// <returns>The database being brought up to date, which every request waits for.</returns>
    public static Task UseDashboard(this WebApplication app)
    {
        app.UseSecurityHeaders();
        var database = app.StartPreparingDatabase();
        app.UseDashboardPipeline();
        app.MapDashboard();
        return database;
    }

    /// <summary>Every feature's endpoints and the pages.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapHealth();
        app.MapAccounts();
        app.MapPreparation();
        app.MapMewsSimulator();
        app.MapMapping();
        app.MapReferenceCm();
        app.MapPlayMews();
        app.MapExports();
        app.MapConnectorReview();
        return app.MapDashboardComponents();
    }
}
