using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Hosting.Outbound;

public static class OutboundExtensions
{
    /// <summary>The one rule for every outbound call; each feature that calls out adds it, and the first one wins.</summary>
    public static IServiceCollection AddOutboundNetworkRule(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(OutboundNetworkRule)))
            return services;
        services.AddOptions<OutboundNetworkOptions>().BindConfiguration(OutboundNetworkOptions.Section)
            .ValidateRules(OutboundNetworkOptions.Section, o => o.Problem()).ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OutboundNetworkOptions>>().Value.Rule());
        return services;
    }
}
