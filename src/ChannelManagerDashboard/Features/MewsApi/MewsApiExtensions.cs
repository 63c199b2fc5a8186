namespace ChannelManagerDashboard.Features.MewsApi;

public static class MewsApiExtensions
{
    public static IServiceCollection AddMewsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MewsApiOptions>().Bind(configuration.GetSection(MewsApiOptions.Section))
            .Validate(o => o.Timeout > TimeSpan.Zero && o.MaxAttempts >= 1 && o.RetryDelay >= TimeSpan.Zero,
                $"{MewsApiOptions.Section}: Timeout must be positive, MaxAttempts at least 1 and RetryDelay not negative.")
            .ValidateOnStart();
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<MewsBaseUrls>();
        services.AddSingleton<TokenProtector>();
        // The client's own per-attempt timeout decides; the HttpClient's must not cut in first.
        services.AddHttpClient<MewsApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
