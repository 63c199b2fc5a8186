using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.PlayMews;

public static class PlayMewsExtensions
{
    public static IServiceCollection AddPlayMews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HarnessSettings>().Bind(configuration.GetSection(HarnessSettings.Section))
            .Validate(s => s.Problem() is null, $"{HarnessSettings.Section} in appsettings.json is not usable; see HarnessSettings.Problem for the rule.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HarnessSettings>>().Value);
        // The caller's own timeout decides; redirects are followed (or refused) by the caller, never by the handler.
        services.AddHttpClient<CmCaller>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => CmCaller.CreateHandler(provider.GetRequiredService<HarnessSettings>().MaxConcurrency));
        services.AddTransient<HarnessRunner>();
        return services.AddScoped<PlayMewsService>();
    }
}
