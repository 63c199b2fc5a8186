using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.MewsApi;

public static class MewsApiExtensions
{
    public static IServiceCollection AddMewsApi(this IServiceCollection services)
    {
        services.AddOptions<MewsApiOptions>().BindConfiguration(MewsApiOptions.Section)
            .ValidateRules(MewsApiOptions.Section, o => o.Validate()).ValidateOnStart();
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<MewsBaseUrls>();
        // Flurl sets each attempt's timeout; the HttpClient's own is lifted when Flurl wraps it.
        services.AddOutboundNetworkRule();
        services.AddHttpClient<MewsApiClient>()
            .ConfigurePrimaryHttpMessageHandler(provider => OutboundConnections.Guarded(() => new SocketsHttpHandler(),
                provider.GetRequiredService<OutboundNetworkRule>(), provider.GetRequiredService<OwnEndpoints>()));
        return services;
    }
}
