using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Hosting.Outbound;

public static class OutboundExtensions
{
    /// <summary>The one rule for every outbound call; each feature that calls out adds it, and the first one wins.</summary>
    public static IServiceCollection AddOutboundNetworkRule(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new OwnEndpoints(provider.GetService<IServer>(), provider.GetServices<OwnEndpointPath>()));
        if (services.Any(s => s.ServiceType == typeof(OutboundNetworkRule)))
            return services;
        services.AddOptions<OutboundNetworkOptions>().BindConfiguration(OutboundNetworkOptions.Section)
            .ValidateRules(OutboundNetworkOptions.Section, o => o.Validate()).ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OutboundNetworkOptions>>().Value.Rule(
            new HostAddresses(provider.GetService<TimeProvider>() ?? TimeProvider.System, HostAddresses.ReadInterfaces)));
        return services;
    }

    /// <summary>Paths of this app that its own outbound calls may reach on this machine though loopback is refused.</summary>
    public static IServiceCollection AddOwnEndpoint(this IServiceCollection services, string path) =>
        services.AddSingleton(new OwnEndpointPath(path));
}
