using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Hosting.Commands;
using Serilog;

if (DashboardCommands.Handles(args))
    return await DashboardCommands.RunAsync(args);

LoggingExtensions.UseBootstrapLogger();
try
{
    var builder = DashboardHost.CreateBuilder(args);
    // Serves the static assets from the build output too, not only from a published folder.
    builder.WebHost.UseStaticWebAssets();
    var dataFolder = DataFolder.FromConfiguration(builder.Configuration);
    builder.AddDashboardLogging(dataFolder).AddDashboard(_ => dataFolder);

    var app = builder.Build();
    app.Logger.LogInformation("Data folder: {DataFolder}; database: {Database}", dataFolder.Path,
        app.Services.GetRequiredService<DatabaseSettings>().Describe());
    await app.RunPreparingDatabaseAsync(app.UseDashboard());
    return 0;
}
catch (Exception ex) when (ex is DataFolderException or DatabaseSettingsException)
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
