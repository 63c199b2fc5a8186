using ChannelManagerDashboard.Features.ConnectorReview.Proxy;

namespace ChannelManagerDashboard.Features.ConnectorReview;

public static class ConnectorReviewExtensions
{
    /// <summary>Mews answers heavy queries with 408 well within this; past it the proxy answers 504 itself.</summary>
    public static readonly TimeSpan ProxyTimeout = TimeSpan.FromSeconds(100);

    public static IServiceCollection AddConnectorReview(this IServiceCollection services)
    {
        services.AddSingleton(_ => ConnectorCatalog.Shipped).AddSingleton<ReviewCache>().AddScoped<ConnectorService>();
        services.AddSingleton<ProxyRecorder>().AddHostedService(provider => provider.GetRequiredService<ProxyRecorder>());
        // Forwarded unchanged: no redirects followed, no cookies kept, no decompression.
        services.AddHttpClient(ConnectorProxy.ClientName, client => client.Timeout = ProxyTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = System.Net.DecompressionMethods.None });
        return services;
    }

    public static IEndpointRouteBuilder MapConnectorReview(this IEndpointRouteBuilder endpoints) => endpoints.MapConnectorProxy();
}
