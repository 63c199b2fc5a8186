using ChannelManagerDashboard.Components;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.Connections;
using ChannelManagerDashboard.Features.Health;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Features.Team;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using Radzen;
using Serilog;

if (args is [CertifyCommand.Name, ..])
{
    using var interrupted = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupted.Cancel(); };
    return await CertifyCommand.RunAsync(args[1..], Console.Out, Console.Error, interrupted.Token);
}

// The content root is the output folder, where the repository-root appsettings.json is copied (see BUILD.md).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
var dataFolder = DataFolder.FromConfiguration(builder.Configuration);
builder.AddDashboardLogging(dataFolder).AddDashboardData(dataFolder);

builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = ImportLimits.MaxCircuitMessageBytes);
builder.Services.AddRadzenComponents();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTeam().AddProjects().AddPreparation(builder.Configuration).AddTestTracker().AddHealth()
    .AddMewsApi(builder.Configuration).AddMewsSimulator(builder.Configuration).AddPropertyConnections().AddConfigurationViewer().AddMappingEditor()
    .AddReferenceCm().AddPlayMews(builder.Configuration);

var app = builder.Build();
app.Logger.LogInformation("Data folder: {DataFolder}", dataFolder.Path);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseStaticFiles();
app.UseAntiforgery();

app.MapHealth();
app.MapPreparation();
app.MapMewsSimulator();
app.MapMappingExport();
app.MapReferenceCm();
app.MapPlayMewsEvidence();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

try
{
    app.ApplyMigrations();
    app.Run();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The dashboard stopped: {Reason}", ex.Message);
    throw;
}
finally
{
    Log.CloseAndFlush();
}
