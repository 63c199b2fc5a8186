namespace ChannelManagerDashboard.Features.MewsApi;

public static class MewsApiExtensions
{
    public static IServiceCollection AddMewsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MewsApiOptions>(configuration.GetSection(MewsApiOptions.Section));
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<MewsBaseUrls>();
        services.AddSingleton<TokenProtector>();
        // The client's own per-attempt timeout decides; the HttpClient's must not cut in first.
        services.AddHttpClient<MewsApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
