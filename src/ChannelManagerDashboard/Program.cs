using ChannelManagerDashboard.Components;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Cli;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Cli;
using ChannelManagerDashboard.Features.Exports;
using ChannelManagerDashboard.Features.GoLive;
using ChannelManagerDashboard.Features.Health;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Features.Reservations.Cli;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using Serilog;

if (args is [CertifyCommand.Name, ..])
{
    using var interrupted = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupted.Cancel(); };
    return await CertifyCommand.RunAsync(args[1..], Console.Out, Console.Error, interrupted.Token);
}
if (args is [ReservationCheckCommand.Name, ..])
    return await ReservationCheckCommand.RunAsync(args[1..], Console.Out, Console.Error, Path.Combine(AppContext.BaseDirectory, new MewsSimulatorOptions().SeedFile));
if (args is [ConnectorReviewCommand.Name, ..])
    return await ConnectorReviewCommand.RunAsync(args[1..], Console.Out, Console.Error, ConnectorCatalog.Shipped);
if (args is [UsersCommand.Name, ..])
    return await UsersCommand.RunAsync(args[1..], Console.Out, Console.Error);

LoggingExtensions.UseBootstrapLogger();
try
{
    // The content root is the output folder, where the repository-root appsettings.json is copied.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    // Serves the static assets from the build output too, not only from a published folder.
    builder.WebHost.UseStaticWebAssets();
    var dataFolder = DataFolder.FromConfiguration(builder.Configuration);
    builder.AddDashboardLogging(dataFolder).AddDashboardData(dataFolder);
    builder.Services.AddDashboardComponents();
    builder.Services.AddAccounts().AddProjects().AddPreparation().AddTestTracker().AddHealth()
        .AddMewsApi().AddMewsSimulator().AddPropertyConnections().AddConfiguration().AddMapping()
        .AddReferenceCm().AddPlayMews().AddReservations().AddCertificationCall().AddExports().AddGoLive().AddConnectorReview().AddActivity();

    var app = builder.Build();
    app.Logger.LogInformation("Data folder: {DataFolder}", dataFolder.Path);
    app.UseSecurityHeaders();
    var database = app.StartPreparingDatabase();
    app.UseDashboardPipeline();
    app.MapHealth();
    app.MapAccounts();
    app.MapPreparation();
    app.MapMewsSimulator();
    app.MapMapping();
    app.MapReferenceCm();
    app.MapPlayMews();
    app.MapExports();
    app.MapConnectorReview();
    app.MapDashboardComponents();

    await app.RunPreparingDatabaseAsync(database);
    return 0;
}
catch (DataFolderException ex)
{
    Log.Fatal("The dashboard did not start. {Reason}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The dashboard stopped: {Reason}", ex.Message);
    return 1;
}
finally
{
    Log.CloseAndFlush();
}
