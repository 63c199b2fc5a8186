using ChannelManagerDashboard.Components;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Health;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.Team;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using Radzen;

// The content root is the output folder, where the repository-root appsettings.json is copied (see BUILD.md).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
var dataFolder = DataFolder.FromConfiguration(builder.Configuration);
builder.AddDashboardLogging(dataFolder).AddDashboardData(dataFolder);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTeam().AddProjects().AddPreparation(builder.Configuration).AddTestTracker().AddHealth();

var app = builder.Build();
app.Logger.LogInformation("Data folder: {DataFolder}", dataFolder.Path);
app.ApplyMigrations();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStaticFiles();
app.UseAntiforgery();

app.MapHealth();
app.MapPreparation();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
