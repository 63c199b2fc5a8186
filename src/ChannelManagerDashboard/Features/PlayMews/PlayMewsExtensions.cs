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

    /// <summary>One exchange's request body as kept (tokens masked), for pushes too large to show on the page.</summary>
    public static IEndpointRouteBuilder MapPlayMewsEvidence(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:int}/play-mews/runs/{runId:int}/exchanges/{index:int}/request.json",
            async (int projectId, int runId, int index, PlayMewsService playMews) =>
                await playMews.ResultAsync(projectId, runId) is { } result && index >= 0 && index < result.Evidence.Count
                    ? Results.Text(result.Evidence[index].RequestBody, "application/json")
                    : Results.NotFound());
        return endpoints;
    }
}
