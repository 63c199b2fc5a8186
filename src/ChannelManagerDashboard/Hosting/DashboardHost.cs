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
    /// The app's configuration and services for a command: a generic host, without the web server and the pages a command
    /// never uses (they cost a certify run a third of its time), and nothing logs to the console.
    /// </summary>
    public static IHost BuildForCommand()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System)
            .AddDashboardServices(builder.Configuration, _ => DataFolder.FromConfiguration(builder.Configuration));
        return builder.Build();
    }

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
