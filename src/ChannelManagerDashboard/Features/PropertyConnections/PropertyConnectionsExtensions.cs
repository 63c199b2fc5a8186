using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.PropertyConnections;

public static class PropertyConnectionsExtensions
{
    public static IServiceCollection AddPropertyConnections(this IServiceCollection services) =>
        services.AddScoped<ConnectionService>().AddScoped<PropertiesService>().AddActivityDescriber<PropertyConnectionsActivity>();
}
