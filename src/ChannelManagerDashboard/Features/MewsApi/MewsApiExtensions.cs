using ChannelManagerDashboard.Hosting;

namespace ChannelManagerDashboard.Features.MewsApi;

public static class MewsApiExtensions
{
    public static IServiceCollection AddMewsApi(this IServiceCollection services)
    {
        services.AddOptions<MewsApiOptions>().BindConfiguration(MewsApiOptions.Section)
            .ValidateRules(MewsApiOptions.Section, o => o.Problem()).ValidateOnStart();
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<MewsBaseUrls>();
        // The client's own per-attempt timeout decides; the HttpClient's must not cut in first.
        services.AddHttpClient<MewsApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
