using ChannelManagerDashboard.Data;
using Serilog;

namespace ChannelManagerDashboard.Hosting;

public static class LoggingExtensions
{
    /// <summary>Serilog from appsettings.json; a relative file-sink path goes into the data folder.</summary>
    public static WebApplicationBuilder AddDashboardLogging(this WebApplicationBuilder builder, DataFolder dataFolder)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Name"] == "File" && sink["Args:path"] is { Length: > 0 } path)
                overrides[$"{sink.Path}:Args:path"] = dataFolder.Resolve(path);
        }
        builder.Configuration.AddInMemoryCollection(overrides);

        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(Log.Logger, dispose: true);
        return builder;
    }
}
