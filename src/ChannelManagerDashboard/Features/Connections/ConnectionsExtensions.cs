namespace ChannelManagerDashboard.Features.Connections;

public static class ConnectionsExtensions
{
    public static IServiceCollection AddPropertyConnections(this IServiceCollection services) => services.AddScoped<ConnectionService>();
}
