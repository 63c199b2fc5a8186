namespace ChannelManagerDashboard.Features.Configuration;

public static class ConfigurationExtensions
{
    public static IServiceCollection AddConfigurationViewer(this IServiceCollection services) => services.AddScoped<SnapshotService>();
}
