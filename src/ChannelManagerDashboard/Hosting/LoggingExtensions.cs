using ChannelManagerDashboard.Data;
using Serilog;
using Serilog.Events;

namespace ChannelManagerDashboard.Hosting;

public static class LoggingExtensions
{
    /// <summary>Logs start-up failures (a bad setting, an unreadable data folder) before the configured logger exists.</summary>
    public static void UseBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

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
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>One line per request a person or a machine made; the circuit's traffic and static files stay out of the log.</summary>
    public static IApplicationBuilder UseDashboardRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : IsNoise(context.Request.Path) ? LogEventLevel.Verbose
            : LogEventLevel.Information);

    private static bool IsNoise(PathString path) =>
        path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || Path.HasExtension(path.Value);
}
