using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.Configuration;

public static class ConfigurationExtensions
{
    public static IServiceCollection AddConfiguration(this IServiceCollection services) => services.AddScoped<SnapshotService>().AddActivityDescriber<ConfigurationActivity>();
}
